package org.jcpp.liaison.datapractices.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.datapractices.PersonFile;
import org.jcpp.liaison.datapractices.PersonMatch;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.jcpp.liaison.datapractices.ResidentRequests;

/**
 * A resident asks what is held about them, or asks to be erased: find them by name, read and export their file, see
 * who accessed it, erase it. Every step is audited.
 */
@Route("admin/residents")
@Menu(order = 22, icon = "vaadin:user-check", title = "nav.admin.residents")
@RolesAllowed(Roles.ADMIN)
class ResidentRequestsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final Grid<PersonMatch> matches = new Grid<>();
    final Div file = new Div();
    private final ResidentRequests records;

    ResidentRequestsView(ResidentRequests records) {
        this.records = records;
        addClassName("resident-requests-view");
        setWidthFull();
        name.setLabel(getTranslation("residents.search"));
        name.setHelperText(getTranslation("residents.search.help"));
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.setMinWidth("18em");
        name.addValueChangeListener(e -> {
            matches.setEmptyStateText(getTranslation("residents.none"));
            matches.setItems(records.find(e.getValue()));
            file.removeAll();
        });
        matches.addColumn(PersonMatch::name).setHeader(getTranslation("person.name"));
        matches.addColumn(m -> Formats.dateTime(m.contactAt())).setHeader(getTranslation("residents.contact-at"));
        matches.addColumn(PersonMatch::city).setHeader(getTranslation("contacts.city"));
        matches.setEmptyStateText("");
        matches.setHeight("14em");
        matches.setMinHeight("14em"); // the page scrolls; the list keeps its rows
        matches.addItemClickListener(e -> show(e.getItem().personId()));
        file.addClassName("resident-file");
        add(new Paragraph(getTranslation("residents.intro")), name, matches, file);
    }

    private void show(long personId) {
        var personFile = records.file(personId, getLocale());
        file.removeAll();
        var facts = new Facts();
        personFile.lines().forEach(line -> facts.line(line.label(), line.value()));
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] csv = records.exportCsv(personId);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv), "resident-" + personId + ".csv", "text/csv", csv.length);
                }),
                getTranslation("residents.export"));
        download.getElement().setAttribute("download", true);
        var accessed = new Anchor("admin/audit?person=" + personId, getTranslation("residents.who-accessed"));
        var erase = new Button(getTranslation("residents.erase"), e -> confirmErase(personFile));
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        if (personFile.legalHold()) {
            erase.setEnabled(false);
            erase.setTooltipText(getTranslation("residents.legal-hold"));
            facts.fact("contacts.hold.on", getTranslation("residents.legal-hold"));
        }
        var actions = new HorizontalLayout(download, accessed, erase);
        actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        actions.setWrap(true);
        file.add(new H2(getTranslation("residents.file")), facts, actions);
    }

    /**
     * Says exactly what {@link ResidentRequests#erase} removes, replaces and keeps; shows the contact's summary (free text
     * that may name the person) and lets the admin replace it too.
     */
    private void confirmErase(PersonFile personFile) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("residents.erase"));
        var says = new Div(
                new Paragraph(getTranslation("residents.erase.text", personFile.name())),
                new Paragraph(getTranslation("residents.erase.removed")),
                new Paragraph(getTranslation("residents.erase.replaced", RemovedTexts.shown(RemovedTexts.ERASED))),
                new Paragraph(getTranslation("residents.erase.stays")));
        var alsoSummary =
                new Checkbox(getTranslation("residents.erase.summary.remove", RemovedTexts.shown(RemovedTexts.ERASED)));
        if (!personFile.freeText().isEmpty()) {
            var summary = new Paragraph(personFile.freeText()); // text, never markup
            summary.addClassName("erase-summary");
            summary.getStyle().set("white-space", "pre-line").set("font-style", "italic");
            says.add(new Paragraph(getTranslation("residents.erase.summary")), summary, alsoSummary);
        }
        dialog.setText(says);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("residents.erase"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (FormErrors.attempt(
                    this, java.util.Map.of(), () -> records.erase(personFile.personId(), alsoSummary.getValue()))) {
                Notices.success(getTranslation("residents.erased"));
                file.removeAll();
                matches.setItems(records.find(name.getValue()));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.residents");
    }
}
