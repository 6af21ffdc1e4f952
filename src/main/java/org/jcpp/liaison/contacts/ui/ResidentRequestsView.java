package org.jcpp.liaison.contacts.ui;

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
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.cities.Labels;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.contacts.ContactRetention;
import org.jcpp.liaison.contacts.PersonRecords;

/**
 * A resident asks what is held about them, or asks to be erased: find them by name, read and export their file, see
 * who accessed it, erase it. Every step is audited.
 */
@Route("admin/residents")
@Menu(order = 22, icon = "vaadin:user-check", title = "nav.admin.residents")
@RolesAllowed(Roles.ADMIN)
class ResidentRequestsView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final Grid<PersonRecords.Match> matches = new Grid<>();
    final Div file = new Div();
    private final PersonRecords records;
    private final Labels labels;

    ResidentRequestsView(PersonRecords records, ReferenceDataService referenceData, AccountDirectory directory) {
        this.records = records;
        this.labels = new Labels(referenceData, directory.allDisplayNames());
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
        matches.addColumn(PersonRecords.Match::name).setHeader(getTranslation("person.name"));
        matches.addColumn(m -> Formats.dateTime(m.contactAt())).setHeader(getTranslation("residents.contact-at"));
        matches.addColumn(m -> labels.city(m.cityId())).setHeader(getTranslation("contacts.city"));
        matches.setEmptyStateText("");
        matches.setHeight("14em");
        matches.setMinHeight("14em"); // the page scrolls; the list keeps its rows
        matches.addItemClickListener(e -> show(e.getItem().personId()));
        file.addClassName("resident-file");
        add(new Paragraph(getTranslation("residents.intro")), name, matches, file);
    }

    private void show(long personId) {
        var personFile = records.file(personId);
        file.removeAll();
        var facts = new Facts();
        facts.fact("person.name", personFile.name())
                .fact(
                        "person.language",
                        personFile.preferredLanguageId() == null
                                ? ""
                                : labels.languages.getOrDefault(personFile.preferredLanguageId(), ""))
                .fact("person.reach-by", personFile.reachBy())
                .fact("person.address", personFile.address() == null ? "" : personFile.address())
                .fact(
                        "person.notice",
                        getTranslation(
                                "person.notice.given",
                                personFile.noticeVersion(),
                                getTranslation("person.notice." + personFile.noticeLanguage()),
                                Formats.date(personFile.noticeGivenOn())))
                .fact("need.category", Formats.enumLabel(this, personFile.category()))
                .fact("need.description", personFile.needDescription())
                .fact("need.status", Formats.enumLabel(this, personFile.status()))
                .fact("need.outcome", personFile.outcome())
                .fact("contacts.when", Formats.dateTime(personFile.contactAt()))
                .fact("contacts.city", labels.city(personFile.cityId()));
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
     * Says exactly what {@link PersonRecords#erase} removes, replaces and keeps; shows the contact's summary (free text
     * that may name the person) and lets the admin replace it too.
     */
    private void confirmErase(PersonRecords.PersonFile personFile) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("residents.erase"));
        var says = new Div(
                new Paragraph(getTranslation("residents.erase.text", personFile.name())),
                new Paragraph(getTranslation("residents.erase.removed")),
                new Paragraph(getTranslation("residents.erase.replaced", StoredTexts.shown(ContactRetention.ERASED))),
                new Paragraph(getTranslation("residents.erase.stays")));
        var alsoSummary = new Checkbox(
                getTranslation("residents.erase.summary.remove", StoredTexts.shown(ContactRetention.ERASED)));
        if (!personFile.contactSummary().isEmpty()) {
            var summary = new Paragraph(personFile.contactSummary()); // text, never markup
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
