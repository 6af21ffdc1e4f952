package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Facts;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.committees.CommitteeDetails;
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.committees.MeetingRow;
import org.jcpp.liaison.committees.MeetingService;
import org.jcpp.liaison.committees.MemberRow;
import org.jcpp.liaison.committees.RecommendationFilter;
import org.jcpp.liaison.committees.RecommendationRow;
import org.jcpp.liaison.committees.RecommendationService;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;

/**
 * A committee's page: whether it met each of the last twelve months (a gap marked), its members (no contact details:
 * those are on a member's page, whose reading is audited), its meetings and what it recommended. Each list pages in
 * the database.
 */
@Route("committees/committee")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class CommitteeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int MONTHS_SHOWN = 12;

    final H2 title = new H2();
    final Facts facts = new Facts();
    final MonthsMet monthsMet = new MonthsMet();
    final Grid<MemberRow> members = new Grid<>(MemberRow.class, false);
    final Grid<MeetingRow> meetings = new Grid<>(MeetingRow.class, false);
    final Grid<RecommendationRow> recommendations = new Grid<>(RecommendationRow.class, false);
    final Span memberTotal = new Span();
    final Span meetingTotal = new Span();
    final Span recommendationTotal = new Span();
    final Anchor allRecommendations = new Anchor();
    final Anchor reportBack = new Anchor();
    final Button edit = new Button();
    final Button addMember = new Button();
    final Button addMeeting = new Button();

    private final CommitteeService committees;
    private final MeetingService meetingService;
    private final RecommendationService recommendationService;
    private final Labels names;
    private final Clock clock;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private CommitteeDetails committee;

    CommitteeView(
            CommitteeService committees,
            MeetingService meetingService,
            RecommendationService recommendationService,
            ReferenceDataService referenceData,
            AccountDirectory directory,
            Clock clock) {
        this.committees = committees;
        this.meetingService = meetingService;
        this.recommendationService = recommendationService;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        this.clock = clock;
        addClassName("committee-view");
        setMaxWidth("70rem");
        edit.setText(getTranslation("committees.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CommitteeFormView.class, committee.id())));
        addMember.setText(getTranslation("committees.member.add"));
        addMember.setIcon(VaadinIcon.PLUS.create());
        addMember.addClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MemberFormView.class, RouteParameters.empty(), committeeParameter())));
        addMeeting.setText(getTranslation("committees.meeting.add"));
        addMeeting.setIcon(VaadinIcon.PLUS.create());
        addMeeting.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addMeeting.addClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MeetingFormView.class, RouteParameters.empty(), committeeParameter())));
        allRecommendations.setText(getTranslation("committees.recommendations.all"));
        reportBack.setText(getTranslation("committees.report-back"));
        var actions = new FlexLayout(addMeeting, edit);
        actions.addClassName("record-actions");
        buildMembers();
        buildMeetings();
        buildRecommendations();
        add(
                title,
                facts,
                actions,
                new H3(getTranslation("committees.months.title")),
                monthsMet,
                new H3(getTranslation("committees.meetings")),
                bar(meetingTotal),
                meetings,
                new H3(getTranslation("committees.recommendations")),
                bar(recommendationTotal, allRecommendations),
                recommendations,
                reportBack,
                new H3(getTranslation("committees.members")),
                bar(memberTotal, addMember),
                members);
    }

    private QueryParameters committeeParameter() {
        return QueryParameters.of("committee", String.valueOf(committee.id()));
    }

    private static HorizontalLayout bar(com.vaadin.flow.component.Component... parts) {
        var bar = new HorizontalLayout(parts);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private void buildMembers() {
        members.addColumn(this::name)
                .setHeader(getTranslation("committees.member.name"))
                .setFlexGrow(2);
        members.addColumn(MemberRow::speaksFor)
                .setHeader(getTranslation("committees.member.speaks-for"))
                .setFlexGrow(2);
        members.addColumn(row -> Formats.names(names.languages, row.languageIds()))
                .setHeader(getTranslation("committees.member.languages"))
                .setFlexGrow(1);
        members.addColumn(this::term)
                .setHeader(getTranslation("committees.member.term"))
                .setAutoWidth(true);
        var compact = members.addColumn(LitRenderer.<MemberRow>of(
                                "<div class='two-line'><strong>${item.name}</strong><span>${item.details}</span></div>")
                        .withProperty("name", this::name)
                        .withProperty(
                                "details",
                                row -> String.join(
                                        " · ",
                                        java.util.stream.Stream.of(row.speaksFor(), term(row))
                                                .filter(s -> !s.isBlank())
                                                .toList())))
                .setHeader(getTranslation("committees.members"));
        compact.setVisible(false);
        Narrow.whenNarrow(members, () -> members.getColumns().forEach(c -> c.setVisible(c == compact)));
        members.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        members.setEmptyStateText(getTranslation("committees.members.empty"));
        members.setAllRowsVisible(true);
        members.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MemberFormView.class, e.getItem().id())));
    }

    /** A member's name, or that retention removed it. */
    private String name(MemberRow row) {
        return row.erased() ? getTranslation("committees.member.erased-name") : row.fullName();
    }

    private String term(MemberRow row) {
        String term = getTranslation(
                "committees.member.term.value",
                Formats.date(row.termFrom()),
                row.termTo() == null ? getTranslation("committees.member.term.open") : Formats.date(row.termTo()));
        return row.serving() ? term : term + " · " + getTranslation("committees.member.not-serving");
    }

    private void buildMeetings() {
        meetings.addColumn(row -> Formats.dateTime(row.startsAt()))
                .setHeader(getTranslation("committees.meeting.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        meetings.addColumn(row -> Formats.enumLabel(this, row.status()))
                .setHeader(getTranslation("committees.meeting.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        meetings.addColumn(MeetingRow::place)
                .setHeader(getTranslation("committees.meeting.place"))
                .setFlexGrow(2);
        meetings.addColumn(this::attendance)
                .setHeader(getTranslation("committees.meeting.attendance"))
                .setFlexGrow(2);
        meetings.addColumn(MeetingRow::recommendations)
                .setHeader(getTranslation("committees.meeting.raised.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = meetings.addColumn(LitRenderer.<MeetingRow>of(
                                "<div class='two-line'><strong>${item.when}</strong><span>${item.details}</span></div>")
                        .withProperty(
                                "when",
                                row -> Formats.dateTime(row.startsAt()) + " · " + Formats.enumLabel(this, row.status()))
                        .withProperty("details", this::attendance))
                .setHeader(getTranslation("committees.meetings"));
        compact.setVisible(false);
        Narrow.whenNarrow(meetings, () -> meetings.getColumns().forEach(c -> c.setVisible(c == compact)));
        meetings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        meetings.setEmptyStateText(getTranslation("committees.meetings.empty"));
        meetings.setHeight("22rem");
        meetings.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MeetingView.class, e.getItem().id())));
    }

    private String attendance(MeetingRow row) {
        return switch (row.status()) {
            case HELD ->
                getTranslation(
                        "committees.meeting.attendance.value", row.membersPresent(), row.policePresent(), row.guests());
            case PLANNED, CANCELLED -> "";
        };
    }

    private void buildRecommendations() {
        recommendations
                .addColumn(row -> Formats.date(row.raisedOn()))
                .setHeader(getTranslation("committees.raised-on"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        recommendations
                .addColumn(RecommendationRow::title)
                .setHeader(getTranslation("committees.title"))
                .setFlexGrow(3);
        recommendations
                .addColumn(row -> Formats.enumLabel(this, row.status())
                        + (row.overdue() ? " · " + getTranslation("committees.overdue") : ""))
                .setHeader(getTranslation("committees.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        recommendations.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        recommendations.setEmptyStateText(getTranslation("committees.recommendations.empty"));
        recommendations.setHeight("18rem");
        recommendations.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(RecommendationView.class, e.getItem().id())));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Records.orNotFound(event, () -> committees.get(id)).ifPresent(this::show);
    }

    private void show(CommitteeDetails details) {
        this.committee = details;
        long id = details.id();
        title.setText(details.name());
        facts.removeAll();
        facts.fact("contacts.city", names.reference.city(details.cityId()))
                .fact("committees.report-language", getTranslation("person.notice." + details.reportLanguage()))
                .fact(
                        "committees.active",
                        getTranslation(details.active() ? "committees.active.yes" : "committees.inactive"));
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        monthsMet.show(committees.monthsMet(id, last.minusMonths(MONTHS_SHOWN - 1L), last));
        // the three totals in one statement, read when the page opens (its lists have no filters)
        var counts = committees.counts(id);
        PagedLists.page(
                members,
                page -> committees.members(id, page),
                counts::members,
                memberTotal,
                "committees.members.total");
        PagedLists.page(
                meetings,
                page -> meetingService.rows(id, page),
                counts::meetings,
                meetingTotal,
                "committees.meetings.total");
        var filter = RecommendationFilter.ofCommittee(id);
        PagedLists.page(
                recommendations,
                page -> recommendationService.rows(filter, page),
                counts::recommendations,
                recommendationTotal,
                "committees.recommendations.total");
        allRecommendations.setHref("committees/recommendations?committee=" + id);
        reportBack.setHref("reports/committee/" + id);
    }

    @Override
    public String getPageTitle() {
        return committee == null ? getTranslation("nav.committees") : committee.name();
    }
}
