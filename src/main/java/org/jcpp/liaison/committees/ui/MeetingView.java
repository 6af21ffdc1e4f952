package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Confirmations;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.committees.MeetingData;
import org.jcpp.liaison.committees.MeetingDetails;
import org.jcpp.liaison.committees.MeetingService;
import org.jcpp.liaison.committees.MeetingStatus;
import org.jcpp.liaison.committees.RecommendationRow;
import org.jcpp.liaison.committees.RecommendationService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/** A committee meeting: when and where, the agenda, who attended, the minutes, and what the committee raised there. */
@Route("committees/meeting")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class MeetingView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Anchor committeeLink = new Anchor();
    final Facts facts = new Facts();
    final OrderedList agenda = new OrderedList();
    final Paragraph attendance = new Paragraph();
    final Paragraph minutes = new Paragraph();
    final Grid<RecommendationRow> raised = new Grid<>(RecommendationRow.class, false);
    final com.vaadin.flow.component.html.Span raisedTotal = new com.vaadin.flow.component.html.Span();
    final Button addRecommendation = new Button();
    final Button edit = new Button();
    final Button delete = new Button();

    private final MeetingService meetings;
    private final RecommendationService recommendations;
    private final Labels names;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private MeetingDetails meeting;

    MeetingView(
            MeetingService meetings,
            RecommendationService recommendations,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        addClassName("meeting-view");
        setMaxWidth("60rem");
        attendance.addClassName("summary-text");
        minutes.addClassName("summary-text");
        addRecommendation.setText(getTranslation("committees.recommendation.add"));
        addRecommendation.setIcon(VaadinIcon.PLUS.create());
        addRecommendation.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addRecommendation.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                RecommendationFormView.class,
                RouteParameters.empty(),
                QueryParameters.of("meeting", String.valueOf(meeting.id())))));
        edit.setText(getTranslation("committees.meeting.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(MeetingFormView.class, meeting.id())));
        delete.setText(getTranslation("committees.meeting.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        raised.addColumn(RecommendationRow::title)
                .setHeader(getTranslation("committees.title"))
                .setFlexGrow(3);
        raised.addColumn(row -> Formats.enumLabel(this, row.category()))
                .setHeader(getTranslation("committees.category"))
                .setAutoWidth(true);
        raised.addColumn(row -> Formats.enumLabel(this, row.status()))
                .setHeader(getTranslation("committees.status"))
                .setAutoWidth(true);
        raised.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        raised.setHeight("16rem");
        raised.setEmptyStateText(getTranslation("committees.meeting.raised.empty"));
        raised.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(RecommendationView.class, e.getItem().id())));
        var actions = new FlexLayout(edit, delete);
        actions.addClassName("record-actions");
        add(
                title,
                committeeLink,
                facts,
                new H3(getTranslation("committees.meeting.agenda")),
                agenda,
                new H3(getTranslation("committees.meeting.attendance")),
                attendance,
                new H3(getTranslation("committees.meeting.minutes")),
                minutes,
                new H3(getTranslation("committees.meeting.raised")),
                addRecommendation,
                raisedTotal,
                raised,
                actions);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Records.orNotFound(event, () -> meetings.get(id)).ifPresent(this::show);
    }

    private void show(MeetingDetails details) {
        this.meeting = details;
        MeetingData data = details.data();
        title.setText(getPageTitle());
        committeeLink.setText(details.committeeName());
        committeeLink.setHref("committees/committee/" + data.committeeId());
        facts.removeAll();
        facts.fact("committees.meeting.status", Formats.enumLabel(this, data.status()))
                .fact("committees.meeting.starts", Formats.dateTime(data.startsAt()))
                .fact("committees.meeting.ends", Formats.dateTime(data.endsAt()))
                .fact("committees.meeting.place", data.place().isBlank() ? "—" : data.place())
                .fact("contacts.city", names.reference.city(details.cityId()))
                .fact("committees.meeting.interpretation", interpretation(data));
        agenda.removeAll();
        data.agenda().forEach(item -> agenda.add(new ListItem(item)));
        if (data.agenda().isEmpty()) {
            agenda.add(new ListItem(getTranslation("committees.none")));
        }
        attendance.setText(
                data.status() == MeetingStatus.HELD
                        ? attendanceText(data)
                        : getTranslation("committees.meeting.not-held-yet"));
        minutes.setText(data.minutes().isBlank() ? getTranslation("committees.none") : data.minutes());
        addRecommendation.setVisible(data.status() == MeetingStatus.HELD);
        org.jcpp.liaison.base.ui.PagedLists.page(
                raised,
                page -> recommendations.raisedAt(details.id(), page),
                () -> recommendations.countRaisedAt(details.id()),
                raisedTotal,
                "committees.recommendations.total");
        edit.setVisible(details.canEdit());
        delete.setVisible(details.canEdit());
    }

    private String interpretation(MeetingData data) {
        String how = Formats.enumLabel(this, data.interpretation());
        return data.interpretation().used() ? how + ": " + Formats.names(names.languages, data.languageIds()) : how;
    }

    private String attendanceText(MeetingData data) {
        var lines = new java.util.ArrayList<String>();
        Map<Long, String> present =
                meetings.attendable(data.committeeId(), data.startsAt().toLocalDate(), data.memberIds());
        lines.add(getTranslation(
                "committees.meeting.members-line",
                data.memberIds().size(),
                data.memberIds().stream()
                        .map(id -> present.getOrDefault(id, ""))
                        .map(name -> name.isEmpty() ? getTranslation("committees.member.erased-name") : name)
                        .sorted()
                        .collect(Collectors.joining(", "))));
        lines.add(getTranslation(
                "committees.meeting.police-line",
                data.police().size(),
                data.police().stream()
                        .map(p -> Formats.enumLabel(this, p.rank()) + (p.role().isBlank() ? "" : " (" + p.role() + ")"))
                        .collect(Collectors.joining(", "))));
        lines.add(getTranslation(
                "committees.meeting.liaisons-line",
                data.liaisonIds().stream().map(names::user).collect(Collectors.joining(", "))));
        lines.add(getTranslation("committees.meeting.guests-line", data.guests()));
        return String.join("\n", lines);
    }

    private void confirmDelete() {
        Confirmations.confirm(
                this,
                "committees.meeting.delete",
                "committees.meeting.delete.text",
                "committees.meeting.delete",
                () -> meetings.delete(meeting.id(), meeting.version()),
                "committees.meeting.deleted",
                () -> getUI().ifPresent(ui ->
                        ui.navigate(CommitteeView.class, meeting.data().committeeId())));
    }

    @Override
    public String getPageTitle() {
        return meeting == null
                ? getTranslation("committees.meetings")
                : getTranslation(
                        "committees.meeting.title",
                        meeting.committeeName(),
                        Formats.date(meeting.data().startsAt().toLocalDate()));
    }
}
