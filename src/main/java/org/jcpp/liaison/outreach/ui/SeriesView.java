package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.outreach.EventRow;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.SeriesDetails;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/** A series (a six-week academy): its sessions with their attendance, and how many participants completed it. */
@Route("events/series")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class SeriesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Facts facts = new Facts();
    final Paragraph completion = new Paragraph();
    final Grid<EventRow> sessions = new Grid<>(EventRow.class, false);
    final Button addSession = new Button();
    final Button edit = new Button();
    final Anchor survey = new Anchor();

    private final OutreachService outreach;
    private final Labels names;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private SeriesDetails series;

    SeriesView(OutreachService outreach, ReferenceDataService referenceData, AccountDirectory directory) {
        this.outreach = outreach;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        addClassName("series-view");
        setMaxWidth("60rem");
        completion.addClassName("series-completion");
        sessions.addColumn(row -> Formats.dateTime(row.startsAt()))
                .setHeader(getTranslation("outreach.when"))
                .setAutoWidth(true);
        sessions.addColumn(EventRow::title)
                .setHeader(getTranslation("outreach.title"))
                .setFlexGrow(3);
        sessions.addColumn(row -> Formats.enumLabel(this, row.status())).setHeader(getTranslation("outreach.status"));
        sessions.addColumn(row -> row.attendance() == null ? "" : String.valueOf(row.attendance()))
                .setHeader(getTranslation("outreach.attendance.short"));
        sessions.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        sessions.setAllRowsVisible(true);
        sessions.setEmptyStateText(getTranslation("outreach.series.no-sessions"));
        sessions.addItemClickListener(e ->
                getUI().ifPresent(ui -> ui.navigate(EventView.class, e.getItem().id())));
        addSession.setText(getTranslation("outreach.series.add-session"));
        addSession.setIcon(VaadinIcon.PLUS.create());
        addSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addSession.addClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("events/plan", QueryParameters.of("series", String.valueOf(series.id())))));
        edit.setText(getTranslation("outreach.series.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SeriesFormView.class, series.id())));
        var actions = new FlexLayout(addSession, edit);
        actions.addClassName("record-actions");
        add(title, completion, facts, sessions, actions);
        survey.addClassName("survey-after");
        add(survey);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Records.orNotFound(event, () -> outreach.getSeries(id)).ifPresent(this::show);
    }

    private void show(SeriesDetails details) {
        this.series = details;
        title.setText(details.title());
        completion.setText(
                details.participantsCompleted() == null
                        ? getTranslation("outreach.series.enrolled", details.participantsEnrolled())
                        : getTranslation(
                                "outreach.series.completed",
                                details.participantsCompleted(),
                                details.participantsEnrolled()));
        int attended = details.sessions().stream()
                .filter(s -> s.attendance() != null)
                .mapToInt(EventRow::attendance)
                .sum();
        facts.removeAll();
        facts.fact("contacts.city", names.reference.city(details.cityId()))
                .fact("outreach.organiser", names.user(details.organiserId()))
                .fact(
                        "outreach.series.sessions",
                        String.valueOf(details.sessions().size()))
                .fact("outreach.series.attendances", String.valueOf(attended));
        sessions.setItems(details.sessions());
        survey.setHref("surveys/new?series=" + details.id());
        survey.setText(getTranslation("survey.after-series"));
        addSession.setVisible(details.canEdit());
        edit.setVisible(details.canEdit());
    }

    @Override
    public String getPageTitle() {
        return series == null ? getTranslation("outreach.series") : series.title();
    }
}
