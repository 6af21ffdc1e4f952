package org.jcpp.liaison.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.outreach.CalendarEntry;
import org.jcpp.liaison.outreach.CalendarService;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Committees, members, meetings and recommendations against the embedded PostgreSQL, as the people who keep them. */
@IntegrationTest
class CommitteesIT {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    CalendarService calendar;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.jcpp.liaison.datapractices.RetentionService retention;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long brooklynPark;
    long hopkins;
    String hopkinsLiaison;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        hopkinsLiaison = "hopkins-" + UUID.randomUUID().toString().substring(0, 6);
        signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(
                                null, 0, hopkinsLiaison, "Hopkins Liaison", Role.LIAISON, false, Set.of(hopkins)),
                        "a fine long password"));
    }

    private CommitteeDetails committee() {
        String name = "MAC " + UUID.randomUUID().toString().substring(0, 8);
        return signedIn.as("demo-liaison", () -> committees.create(new CommitteeData(brooklynPark, name, "es", true)));
    }

    private static MemberData member(String name, LocalDate from) {
        return new MemberData(
                name, "Somali community", Set.of(), "612-555-0100", "leader@example.org", from, null, true);
    }

    private static MeetingData held(long committeeId, LocalDateTime at, Set<Long> members) {
        return new MeetingData(
                committeeId,
                at,
                at.plusMinutes(90),
                "Community center",
                MeetingStatus.HELD,
                List.of("Body cameras", "Traffic stops"),
                members,
                List.of(new PoliceAttendee(PoliceRank.CHIEF, ""), new PoliceAttendee(PoliceRank.LIEUTENANT, "Patrol")),
                Set.of(),
                4,
                Interpretation.NONE,
                Set.of(),
                "We talked about body cameras.");
    }

    private static RecommendationData recommendation(long meetingId, String title, LocalDate due) {
        return new RecommendationData(
                meetingId,
                title,
                "Quarterly, by neighbourhood",
                RecommendationCategory.POLICY,
                null,
                "Deputy chief",
                due,
                Set.of(),
                Set.of(),
                Set.of());
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.field() + ": " + refused.messageKey();
        }
        return "accepted";
    }

    @Test
    void a_member_is_in_the_committee_once_whatever_the_accents_and_reading_their_contact_details_is_audited() {
        var mac = committee();
        var amina = signedIn.as(
                "demo-liaison", () -> committees.addMember(mac.id(), member("Amina Hassán", LocalDate.of(2025, 1, 1))));

        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() ->
                                committees.addMember(mac.id(), member("amina hassan", LocalDate.of(2025, 1, 1))))))
                .isEqualTo("fullName: committees.member.duplicate");
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() -> committees.addMember(
                                mac.id(),
                                new MemberData(
                                        "Jorge Ruiz",
                                        "",
                                        Set.of(),
                                        "",
                                        "",
                                        LocalDate.of(2026, 1, 1),
                                        LocalDate.of(2025, 12, 1),
                                        false)))))
                .isEqualTo("termTo: committees.term.ends-before-start");

        var rows = signedIn.as("demo-liaison", () -> committees.members(mac.id(), Pageable.ofSize(20)));
        assertThat(rows).extracting(MemberRow::fullName).containsExactly("Amina Hassán");

        var read = signedIn.as("demo-coordinator", () -> committees.member(amina.id()));
        assertThat(read.data().phone()).isEqualTo("612-555-0100");
        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(null, AuditAction.VIEW, "committee-member", amina.id(), null, null, null),
                        Pageable.ofSize(10)));
        assertThat(entries).extracting(e -> e.actor()).containsExactly("demo-coordinator");
        var created = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(null, AuditAction.CREATE, "committee-member", amina.id(), null, null, null),
                        Pageable.ofSize(10)));
        // the trail says a member was added and who added them; not the name nor how to reach them
        assertThat(created).singleElement().satisfies(e -> assertThat(e.changes())
                .contains("fullName")
                .doesNotContain("Amina")
                .doesNotContain("612-555-0100")
                .doesNotContain("leader@example.org"));
    }

    @Test
    void another_citys_liaison_finds_nothing_and_an_admin_is_refused() {
        var mac = committee();
        var amina = signedIn.as(
                "demo-liaison", () -> committees.addMember(mac.id(), member("Amina Hassan", LocalDate.of(2025, 1, 1))));
        var meeting = signedIn.as(
                "demo-liaison",
                () -> meetings.create(held(mac.id(), LocalDateTime.now().minusDays(3), Set.of(amina.id()))));

        assertThatThrownBy(() -> signedIn.as(hopkinsLiaison, () -> committees.get(mac.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(hopkinsLiaison, () -> committees.member(amina.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> signedIn.as(hopkinsLiaison, () -> meetings.get(meeting.id())))
                .isInstanceOf(RecordNotFoundException.class);
        // the committee's lists, asked for by its id, are empty for them
        assertThat(signedIn.as(hopkinsLiaison, () -> committees.members(mac.id(), Pageable.ofSize(10))))
                .isEmpty();
        assertThat(signedIn.as(hopkinsLiaison, () -> committees.countMembers(mac.id())))
                .isZero();
        assertThat(signedIn.as(hopkinsLiaison, () -> committees.counts(mac.id())))
                .isEqualTo(new CommitteeCounts(0, 0, 0));
        assertThat(signedIn.as("demo-liaison", () -> committees.counts(mac.id())))
                .isEqualTo(new CommitteeCounts(1, 1, 0));
        assertThat(signedIn.as(hopkinsLiaison, () -> meetings.rows(mac.id(), Pageable.ofSize(10))))
                .isEmpty();
        assertThat(signedIn.as(
                        hopkinsLiaison,
                        () -> committees.monthsMet(mac.id(), YearMonth.now().minusMonths(1), YearMonth.now())))
                .allMatch(MonthMet::isGap);
        assertThat(signedIn.as(hopkinsLiaison, () -> recommendations.raisedAt(meeting.id(), Pageable.ofSize(10))))
                .isEmpty();
        assertThat(signedIn.as(hopkinsLiaison, () -> committees.rows(null, Pageable.ofSize(100))))
                .extracting(CommitteeRow::id)
                .doesNotContain(mac.id());
        assertThat(signedIn.as(hopkinsLiaison, () -> meetings.rows(null, Pageable.ofSize(100))))
                .extracting(MeetingRow::id)
                .doesNotContain(meeting.id());
        assertThat(signedIn.as(
                        hopkinsLiaison,
                        () -> refusal(() -> meetings.create(
                                held(mac.id(), LocalDateTime.now().minusDays(1), Set.of())))))
                .isEqualTo("committeeId: committees.committee.not-yours");
        assertThat(signedIn.as(
                        hopkinsLiaison,
                        () -> refusal(() -> committees.create(new CommitteeData(brooklynPark, "Our MAC", "en", true)))))
                .isEqualTo("cityId: committees.city.not-yours");
        assertThatThrownBy(() -> signedIn.as("demo-admin", () -> committees.rows(null, Pageable.ofSize(10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(
                        "demo-admin", () -> recommendations.rows(RecommendationFilter.all(), Pageable.ofSize(10))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_meeting_names_only_members_serving_that_day_and_the_months_without_one_are_gaps() {
        var mac = committee();
        var amina = signedIn.as(
                "demo-liaison", () -> committees.addMember(mac.id(), member("Amina Hassan", LocalDate.of(2024, 1, 1))));
        var later = signedIn.as(
                "demo-liaison", () -> committees.addMember(mac.id(), member("Jorge Ruiz", LocalDate.of(2026, 1, 1))));
        var march2025 = LocalDateTime.of(2025, 3, 13, 18, 0);

        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(
                                () -> meetings.create(held(mac.id(), march2025, Set.of(amina.id(), later.id()))))))
                .isEqualTo("memberIds: committees.attendance.not-serving");
        signedIn.as("demo-liaison", () -> meetings.create(held(mac.id(), march2025, Set.of(amina.id()))));
        signedIn.as(
                "demo-liaison", () -> meetings.create(held(mac.id(), LocalDateTime.of(2025, 5, 8, 18, 0), Set.of())));
        var planned = new MeetingData(
                mac.id(),
                LocalDateTime.of(2025, 4, 10, 18, 0),
                LocalDateTime.of(2025, 4, 10, 19, 30),
                "",
                MeetingStatus.CANCELLED,
                List.of(),
                Set.of(),
                List.of(),
                Set.of(),
                0,
                Interpretation.NONE,
                Set.of(),
                "");
        signedIn.as("demo-liaison", () -> meetings.create(planned));
        // 7 p.m. on the last day of June is June's meeting, wherever the database keeps its clock
        signedIn.as(
                "demo-liaison", () -> meetings.create(held(mac.id(), LocalDateTime.of(2025, 6, 30, 19, 0), Set.of())));

        var months = signedIn.as(
                "demo-liaison", () -> committees.monthsMet(mac.id(), YearMonth.of(2025, 3), YearMonth.of(2025, 7)));
        assertThat(months)
                .extracting(m -> m.month() + " " + m.held())
                .containsExactly("2025-03 1", "2025-04 0", "2025-05 1", "2025-06 1", "2025-07 0");
        assertThat(months.get(1).isGap()).isTrue();

        var list = signedIn.as("demo-liaison", () -> meetings.rows(mac.id(), Pageable.ofSize(10)));
        assertThat(list)
                .extracting(MeetingRow::status)
                .containsExactly(MeetingStatus.HELD, MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.HELD);
        assertThat(list.getLast().membersPresent()).isEqualTo(1);
        assertThat(list.getLast().policePresent()).isEqualTo(2);
        var read = signedIn.as("demo-liaison", () -> meetings.get(list.getLast().id()));
        assertThat(read.data().agenda()).containsExactly("Body cameras", "Traffic stops");
        assertThat(read.data().police()).hasSize(2);
    }

    @Test
    void the_department_answers_a_recommendation_and_a_second_editor_is_refused_instead_of_overwriting() {
        var mac = committee();
        var meeting = signedIn.as(
                "demo-liaison",
                () -> meetings.create(held(mac.id(), LocalDateTime.now().minusDays(10), Set.of())));
        var raised = signedIn.as(
                "demo-liaison",
                () -> recommendations.create(recommendation(
                        meeting.id(),
                        "Publish traffic-stop data",
                        LocalDate.now().minusDays(1))));
        assertThat(raised.status()).isEqualTo(RecommendationStatus.RAISED);
        assertThat(raised.overdue()).isTrue();
        assertThat(raised.raisedOn()).isEqualTo(meeting.data().startsAt().toLocalDate());

        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() -> recommendations.answer(
                                raised.id(),
                                raised.version(),
                                new RecommendationAnswer(RecommendationStatus.ACCEPTED, "Yes")))))
                .isEqualTo("status: committees.status.coordinator-only");
        assertThat(signedIn.as(
                        "demo-coordinator",
                        () -> refusal(() -> recommendations.answer(
                                raised.id(),
                                raised.version(),
                                new RecommendationAnswer(RecommendationStatus.DECLINED, "")))))
                .isEqualTo("response: committees.response.reasons");

        var accepted = signedIn.as(
                "demo-coordinator",
                () -> recommendations.answer(
                        raised.id(),
                        raised.version(),
                        new RecommendationAnswer(RecommendationStatus.ACCEPTED, "Starting in the next quarter")));
        assertThat(accepted.status()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(accepted.respondedOn()).isEqualTo(LocalDate.now());
        assertThat(accepted.history())
                .extracting(h -> h.change().what())
                .containsExactly("RAISED", "STATUS", "RESPONSE");

        // a liaison who opened it before the answer saves a change: refused, not overwritten
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison",
                        () -> recommendations.update(
                                raised.id(),
                                raised.version(),
                                recommendation(meeting.id(), "Publish all stop data", LocalDate.now()))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> recommendations.get(raised.id()).data().title()))
                .isEqualTo("Publish traffic-stop data");

        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(null, null, "recommendation", raised.id(), null, null, null),
                        Pageable.ofSize(10)));
        assertThat(entries)
                .extracting(e -> e.actor() + " " + e.action())
                .contains("demo-liaison CREATE", "demo-coordinator UPDATE");
    }

    @Test
    void a_meeting_where_recommendations_were_raised_stays_held_and_moves_them_with_its_day() {
        var mac = committee();
        var at = LocalDateTime.now()
                .minusDays(10)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var meeting = signedIn.as("demo-liaison", () -> meetings.create(held(mac.id(), at, Set.of())));
        var raised = signedIn.as(
                "demo-liaison",
                () -> recommendations.create(recommendation(
                        meeting.id(),
                        "Hire officers who speak Oromo",
                        LocalDate.now().minusDays(8))));
        MeetingData asPlanned = new MeetingData(
                mac.id(),
                at,
                at.plusHours(1),
                "",
                MeetingStatus.CANCELLED,
                List.of(),
                Set.of(),
                List.of(),
                Set.of(),
                0,
                Interpretation.NONE,
                Set.of(),
                "");
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() -> meetings.update(meeting.id(), meeting.version(), asPlanned))))
                .isEqualTo("status: committees.meeting.stays-held");
        // a day after the recommendation's due date: refused; a day before it: the recommendation moves along
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() -> meetings.update(
                                meeting.id(), meeting.version(), held(mac.id(), at.plusDays(3), Set.of())))))
                .isEqualTo("startsAt: committees.meeting.after-a-due-date");
        signedIn.as(
                "demo-liaison",
                () -> meetings.update(meeting.id(), meeting.version(), held(mac.id(), at.minusDays(1), Set.of())));
        var moved = signedIn.as("demo-liaison", () -> recommendations.get(raised.id()));
        assertThat(moved.raisedOn()).isEqualTo(at.minusDays(1).toLocalDate());
        assertThat(moved.version()).isGreaterThan(raised.version());
    }

    @Test
    void once_the_department_answered_a_liaison_cannot_rewrite_its_response() {
        var mac = committee();
        var meeting = signedIn.as(
                "demo-liaison",
                () -> meetings.create(held(mac.id(), LocalDateTime.now().minusDays(3), Set.of())));
        var raised = signedIn.as(
                "demo-liaison",
                () -> recommendations.create(recommendation(meeting.id(), "Body cameras always on", null)));
        var declined = signedIn.as(
                "demo-coordinator",
                () -> recommendations.answer(
                        raised.id(),
                        raised.version(),
                        new RecommendationAnswer(RecommendationStatus.DECLINED, "State law decides when they record")));
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() -> recommendations.answer(
                                declined.id(),
                                declined.version(),
                                new RecommendationAnswer(RecommendationStatus.DECLINED, "We will do it")))))
                .isEqualTo("response: committees.status.coordinator-only");
    }

    @Test
    void a_recommendation_links_only_needs_and_briefings_of_its_committees_city() {
        var mac = committee();
        var meeting = signedIn.as(
                "demo-liaison",
                () -> meetings.create(held(mac.id(), LocalDateTime.now().minusDays(3), Set.of())));
        long otherCityBriefing = jdbc.queryForObject(
                "SELECT b.id FROM roll_call_briefing b JOIN member_city m ON m.id = b.city_id"
                        + " WHERE m.name = 'Brooklyn Center' ORDER BY b.id LIMIT 1",
                Long.class);
        var linked = new RecommendationData(
                meeting.id(),
                "Language line cards",
                "",
                RecommendationCategory.TRAINING,
                null,
                "",
                null,
                Set.of(),
                Set.of(),
                Set.of(otherCityBriefing));
        assertThat(signedIn.as("demo-liaison", () -> refusal(() -> recommendations.create(linked))))
                .isEqualTo("briefingIds: committees.link.briefing-unknown");
    }

    @Test
    void a_recommendation_is_raised_only_at_a_held_meeting_and_its_due_date_follows_it() {
        var mac = committee();
        var next = LocalDateTime.now().plusDays(5);
        var planned = signedIn.as(
                "demo-liaison",
                () -> meetings.create(new MeetingData(
                        mac.id(),
                        next,
                        next.plusHours(1),
                        "",
                        MeetingStatus.PLANNED,
                        List.of("Hiring"),
                        Set.of(),
                        List.of(),
                        Set.of(),
                        0,
                        Interpretation.NONE,
                        Set.of(),
                        "")));
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() ->
                                recommendations.create(recommendation(planned.id(), "Hire bilingual officers", null)))))
                .isEqualTo("meetingId: committees.meeting.not-held");
        // the planned meeting is in the calendar (and so in its feed) of the city's liaison, not of another city's
        var week = LocalDate.now().plusDays(4);
        assertThat(signedIn.as("demo-liaison", () -> calendar.entries(week, week.plusDays(2))))
                .filteredOn(e -> e.kind() == CalendarEntry.Kind.MEETING && e.id() == planned.id())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.title()).isEqualTo(mac.name());
                    assertThat(e.route()).isEqualTo("committees/meeting/" + planned.id());
                });
        assertThat(signedIn.as(hopkinsLiaison, () -> calendar.entries(week, week.plusDays(2))))
                .noneMatch(e -> e.kind() == CalendarEntry.Kind.MEETING && e.id() == planned.id());
        var heldMeeting = signedIn.as(
                "demo-liaison",
                () -> meetings.create(held(mac.id(), LocalDateTime.now().minusDays(2), Set.of())));
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> refusal(() -> recommendations.create(recommendation(
                                heldMeeting.id(),
                                "Hire bilingual officers",
                                LocalDate.now().minusDays(5))))))
                .isEqualTo("dueOn: committees.due.before-raised");
        var futureHeld = held(mac.id(), LocalDateTime.now().plusDays(3), Set.of());
        assertThat(signedIn.as("demo-liaison", () -> refusal(() -> meetings.create(futureHeld))))
                .isEqualTo("status: committees.held.future");
        signedIn.as(
                "demo-liaison",
                () -> recommendations.create(recommendation(heldMeeting.id(), "Hire bilingual officers", null)));
        assertThatThrownBy(() -> signedIn.as("demo-liaison", () -> {
                    meetings.delete(heldMeeting.id(), heldMeeting.version());
                    return null;
                }))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("committees.meeting.has-recommendations"));
    }

    @Test
    void retention_erases_a_member_years_after_the_term_ended_and_old_minutes_but_keeps_the_meetings_counts() {
        var mac = committee();
        var former = signedIn.as(
                "demo-liaison",
                () -> committees.addMember(
                        mac.id(),
                        new MemberData(
                                "Nadia Osman",
                                "Parish council",
                                Set.of(),
                                "612-555-0142",
                                "nadia@example.org",
                                LocalDate.now().minusYears(9),
                                LocalDate.now().minusYears(6),
                                true)));
        var current = signedIn.as(
                "demo-liaison",
                () -> committees.addMember(
                        mac.id(), member("Kou Lee", LocalDate.now().minusYears(9))));
        var old = signedIn.as(
                "demo-liaison",
                () -> meetings.create(
                        held(mac.id(), LocalDateTime.now().minusYears(8), Set.of(former.id(), current.id()))));

        var run = signedIn.as("demo-admin", retention::runNow);
        assertThat(run.personsErased()).isPositive();

        var erased = signedIn.as("demo-liaison", () -> committees.member(former.id()));
        assertThat(erased.erased()).isTrue();
        assertThat(erased.data().fullName()).doesNotContain("Nadia");
        assertThat(erased.data().phone()).isEmpty();
        assertThat(erased.data().email()).isEmpty();
        assertThat(erased.data().termTo()).isEqualTo(LocalDate.now().minusYears(6));
        assertThat(signedIn.as(
                        "demo-liaison",
                        () -> committees.member(current.id()).data().phone()))
                .isEqualTo("612-555-0100");
        var meeting = signedIn.as("demo-liaison", () -> meetings.get(old.id()));
        assertThat(meeting.data().minutes()).isEqualTo(org.jcpp.liaison.datapractices.RemovedTexts.REMOVED);
        assertThat(meeting.data().memberIds()).hasSize(2);
        assertThat(signedIn.as(
                        "demo-admin",
                        () -> audit.search(
                                new AuditFilter(
                                        null, AuditAction.UPDATE, "committee-member", former.id(), null, null, null),
                                Pageable.ofSize(10))))
                .singleElement()
                .satisfies(e -> assertThat(e.changes()).doesNotContain("Nadia").doesNotContain("612-555-0142"));
    }

    @Test
    void the_list_filters_by_status_category_and_overdue_in_the_database_and_exports_without_texts() {
        var mac = committee();
        var meeting = signedIn.as(
                "demo-liaison",
                () -> meetings.create(held(mac.id(), LocalDateTime.now().minusDays(20), Set.of())));
        var overdue = signedIn.as(
                "demo-liaison",
                () -> recommendations.create(recommendation(
                        meeting.id(),
                        "Language line cards in every car",
                        LocalDate.now().minusDays(2))));
        signedIn.as(
                "demo-liaison",
                () -> recommendations.create(recommendation(
                        meeting.id(), "Community walk in June", LocalDate.now().plusDays(30))));
        var byCommittee = new RecommendationFilter(null, mac.id(), null, null, false, null, null);
        var overdueOnly = new RecommendationFilter(null, mac.id(), null, null, true, null, null);
        var training =
                new RecommendationFilter(null, mac.id(), null, RecommendationCategory.TRAINING, false, null, null);

        assertThat(signedIn.as("demo-liaison", () -> recommendations.count(byCommittee)))
                .isEqualTo(2);
        assertThat(signedIn.as("demo-liaison", () -> recommendations.rows(overdueOnly, Pageable.ofSize(10))))
                .extracting(RecommendationRow::id)
                .containsExactly(overdue.id());
        assertThat(signedIn.as("demo-liaison", () -> recommendations.count(training)))
                .isZero();
        assertThat(signedIn.as("demo-liaison", () -> recommendations.rows(byCommittee, Pageable.ofSize(1))))
                .hasSize(1);
        assertThat(signedIn.as(hopkinsLiaison, () -> recommendations.count(byCommittee)))
                .isZero();

        var csv = new String(
                signedIn.as(
                        "demo-coordinator", () -> recommendations.exportCsv(byCommittee, new ExportText(key -> key))),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("Language line cards in every car", "Community walk in June", mac.name())
                .doesNotContain("Quarterly, by neighbourhood");
    }
}
