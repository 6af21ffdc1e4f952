package org.jcpp.liaison.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.Violations;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedRow;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class OutreachServiceIT {

    @Autowired
    OutreachService outreach;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    SignedIn signedIn;
    long brooklynPark;
    long hopkins;
    long foodShelf;
    long parkPolice;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        foodShelf = signedIn.idOf(referenceData, ReferenceKind.PARTNER, "La Familia Food Shelf");
        parkPolice = signedIn.idOf(referenceData, ReferenceKind.DEPARTMENT, "Brooklyn Park Police Department");
    }

    @Test
    void recruits_at_the_food_shelf_are_planned_then_recorded_as_held_and_listed_for_the_partner() {
        String title = "Academy recruits at the food shelf " + System.nanoTime();
        LocalDateTime start = LocalDateTime.now().minusDays(1).withHour(9).withMinute(0);
        var planned = signedIn.as(
                "demo-liaison",
                () -> outreach.plan(
                        event(title, brooklynPark, start, start.plusHours(4), EventStatus.PLANNED, null, List.of())));
        assertThat(planned.status()).isEqualTo(EventStatus.PLANNED);
        assertThat(signedIn.as("demo-liaison", () -> outreach.pastPlanned()))
                .extracting(EventRow::id)
                .contains(planned.id());

        var held = signedIn.as(
                "demo-liaison",
                () -> outreach.update(
                        planned.id(),
                        planned.version(),
                        event(
                                title,
                                brooklynPark,
                                start,
                                start.plusHours(4),
                                EventStatus.HELD,
                                35,
                                List.of(new PoliceData(parkPolice, 0, 6, new BigDecimal("12"))))));
        assertThat(held.attendance()).isEqualTo(35);
        assertThat(held.recruits()).isEqualTo(6);
        assertThat(held.volunteerHours()).isEqualByComparingTo("12");
        assertThat(signedIn.as("demo-liaison", () -> outreach.pastPlanned()))
                .extracting(EventRow::id)
                .doesNotContain(planned.id());

        var forPartner = signedIn.as(
                "demo-coordinator", () -> outreach.rows(EventFilter.ANY.withPartner(foodShelf), Pageable.ofSize(100)));
        assertThat(forPartner).extracting(EventRow::title).contains(title);
        var calendar = signedIn.as("demo-liaison", () -> outreach.between(start.minusDays(1), start.plusDays(1)));
        assertThat(calendar).extracting(EventRow::id).contains(planned.id());

        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(null, null, "outreach-event", planned.id(), null, null, null),
                        Pageable.ofSize(10)));
        assertThat(entries)
                .extracting(org.jcpp.liaison.audit.AuditRow::action)
                .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
    }

    @Test
    void an_end_before_the_start_negative_counts_another_city_and_a_held_event_without_attendance_are_refused() {
        LocalDateTime start = LocalDateTime.now().minusDays(2);
        long before = signedIn.as("demo-liaison", () -> outreach.count(EventFilter.ANY));
        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> outreach.plan(event(
                            "Backwards",
                            brooklynPark,
                            start,
                            start.minusHours(1),
                            EventStatus.PLANNED,
                            null,
                            List.of())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("endsAt"));
            assertThatThrownBy(() -> outreach.plan(event(
                            "Negative", brooklynPark, start, start.plusHours(1), EventStatus.HELD, -5, List.of())))
                    .isInstanceOfSatisfying(
                            ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                                    .extracting(Violations::field)
                                    .containsExactly("attendance"));
            assertThatThrownBy(() -> outreach.plan(event(
                            "Negative recruits",
                            brooklynPark,
                            start,
                            start.plusHours(1),
                            EventStatus.HELD,
                            10,
                            List.of(new PoliceData(parkPolice, 1, -6, BigDecimal.ONE)))))
                    .isInstanceOfSatisfying(
                            ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                                    .extracting(Violations::field)
                                    .containsExactly("police[0].recruits"));
            var in1900 = LocalDateTime.of(1900, 1, 1, 10, 0);
            assertThatThrownBy(() -> outreach.plan(event(
                            "Long ago",
                            brooklynPark,
                            in1900,
                            in1900.plusHours(1),
                            EventStatus.PLANNED,
                            null,
                            List.of())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("startsAt");
                        assertThat(e.messageKey()).isEqualTo("outreach.start.range");
                    });
            assertThatThrownBy(() -> outreach.plan(event(
                            "Elsewhere", hopkins, start, start.plusHours(1), EventStatus.PLANNED, null, List.of())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("cityId"));
            assertThatThrownBy(() -> outreach.plan(event(
                            "No count", brooklynPark, start, start.plusHours(1), EventStatus.HELD, null, List.of())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("attendance"));
        });
        assertThat(signedIn.as("demo-liaison", () -> outreach.count(EventFilter.ANY)))
                .isEqualTo(before);
    }

    @Test
    void an_event_keeps_how_its_languages_were_offered() {
        LocalDateTime start = LocalDateTime.now()
                .minusDays(3)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var d = planned("Forum with interpreters " + System.nanoTime(), brooklynPark, start, null, null);
        var modes = Set.of(
                org.jcpp.liaison.referencedata.InterpreterMode.IN_PERSON,
                org.jcpp.liaison.referencedata.InterpreterMode.BILINGUAL_STAFF);
        var saved = signedIn.as(
                "demo-liaison",
                () -> outreach.plan(new EventData(
                        d.title(),
                        d.type(),
                        d.cityId(),
                        d.venue(),
                        d.startsAt(),
                        d.endsAt(),
                        d.organiserId(),
                        d.partnerIds(),
                        d.languageIds(),
                        d.status(),
                        d.attendance(),
                        d.groupAttendance(),
                        d.police(),
                        d.outcomes(),
                        d.seriesId(),
                        modes)));
        assertThat(saved.interpretation()).isEqualTo(modes);
        assertThat(signedIn.as("demo-liaison", () -> outreach.get(saved.id())).interpretation())
                .containsExactlyInAnyOrder(
                        org.jcpp.liaison.referencedata.InterpreterMode.IN_PERSON,
                        org.jcpp.liaison.referencedata.InterpreterMode.BILINGUAL_STAFF);
    }

    @Test
    void a_title_of_only_control_and_invisible_characters_is_refused_as_required() {
        LocalDateTime start = LocalDateTime.now().plusDays(4);
        signedIn.as("demo-liaison", () -> assertThatThrownBy(() -> outreach.plan(event(
                        "\u0085\u202E\u200B\u0007",
                        brooklynPark,
                        start,
                        start.plusHours(1),
                        EventStatus.PLANNED,
                        null,
                        List.of())))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(Violations::field, v -> v.getMessage())
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("title", "validation.required"))));
    }

    @Test
    void more_people_by_group_than_in_total_is_refused() {
        long somali = signedIn.idOf(referenceData, ReferenceKind.COMMUNITY_GROUP, "Somali");
        LocalDateTime start = LocalDateTime.now().minusDays(2);
        var data = new EventData(
                "More by group",
                EventType.FORUM,
                brooklynPark,
                "",
                start,
                start.plusHours(1),
                null,
                Set.of(),
                Set.of(),
                EventStatus.HELD,
                10,
                Map.of(somali, 12),
                List.of(),
                "",
                null,
                java.util.Set.of());
        assertThatThrownBy(() -> signedIn.as("demo-liaison", () -> outreach.plan(data)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("outreach.groups.more-than-total"));
    }

    @Test
    void a_six_session_series_records_attendance_per_session_and_its_completion() {
        var academy = signedIn.as(
                "demo-liaison",
                () -> outreach.createSeries(
                        new SeriesData("New Americans' Academy " + System.nanoTime(), brooklynPark, 22, null)));
        LocalDateTime first = LocalDateTime.now().minusWeeks(7).withHour(18).withMinute(0);
        int[] attendance = {22, 21, 20, 19, 19, 18};
        signedIn.as("demo-liaison", () -> {
            for (int week = 0; week < 6; week++) {
                var start = first.plusWeeks(week);
                var data = event(
                        "Session " + (week + 1),
                        brooklynPark,
                        start,
                        start.plusHours(2),
                        EventStatus.HELD,
                        attendance[week],
                        List.of());
                outreach.plan(withSeries(data, academy.id()));
            }
            var done = outreach.updateSeries(
                    academy.id(), academy.version(), new SeriesData(academy.title(), brooklynPark, 22, 18));
            assertThat(done.participantsCompleted()).isEqualTo(18);
            assertThat(done.participantsEnrolled()).isEqualTo(22);
            assertThat(done.sessions()).extracting(EventRow::attendance).containsExactly(22, 21, 20, 19, 19, 18);
            assertThatThrownBy(() -> outreach.updateSeries(
                            done.id(), done.version(), new SeriesData(done.title(), brooklynPark, 22, 23)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("participantsCompleted"));
        });
    }

    @Test
    void an_edit_without_an_organiser_keeps_the_organiser_and_counts_wait_until_the_event_is_held() {
        long liaison = signedIn.as("demo-liaison", () -> currentUser.requireId());
        LocalDateTime start = LocalDateTime.now().plusDays(4);
        var assigned = signedIn.as(
                "demo-coordinator",
                () -> outreach.plan(planned("Assigned " + System.nanoTime(), brooklynPark, start, liaison, null)));
        var edited = signedIn.as(
                "demo-coordinator",
                () -> outreach.update(
                        assigned.id(), assigned.version(), planned(assigned.title(), brooklynPark, start, null, null)));
        assertThat(edited.organiserId()).isEqualTo(liaison);
        assertThatThrownBy(() -> signedIn.as(
                        "demo-liaison",
                        () -> outreach.update(
                                edited.id(), edited.version(), planned(edited.title(), brooklynPark, start, null, 12))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("outreach.attendance.only-when-held"));
    }

    @Test
    void a_contact_is_logged_at_an_event_of_its_own_city_only_and_its_needs_are_listed_for_the_event() {
        LocalDateTime start = LocalDateTime.now().minusHours(5);
        var parkEvent = signedIn.as(
                "demo-liaison",
                () -> outreach.plan(event(
                        "Park forum " + System.nanoTime(),
                        brooklynPark,
                        start,
                        start.plusHours(1),
                        EventStatus.HELD,
                        30,
                        List.of())));
        var hopkinsEvent = signedIn.as(
                "demo-coordinator",
                () -> outreach.plan(event(
                        "Hopkins forum " + System.nanoTime(),
                        hopkins,
                        start,
                        start.plusHours(1),
                        EventStatus.HELD,
                        30,
                        List.of())));
        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> contacts.log(atEvent(hopkinsEvent.id())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("contact.event.not-this"));
            contacts.log(atEvent(parkEvent.id()));
            assertThat(needs.raisedAt(parkEvent.id()))
                    .extracting(NeedRow::description)
                    .containsExactly("Speed bumps on 85th Avenue");
        });
    }

    private EventData planned(String title, long cityId, LocalDateTime start, Long organiserId, Integer attendance) {
        return new EventData(
                title,
                EventType.FORUM,
                cityId,
                "",
                start,
                start.plusHours(1),
                organiserId,
                Set.of(),
                Set.of(),
                EventStatus.PLANNED,
                attendance,
                Map.of(),
                List.of(),
                "",
                null,
                java.util.Set.of());
    }

    private ContactData atEvent(long eventId) {
        var visit = SampleContacts.visit(
                brooklynPark,
                "At the forum",
                SampleContacts.need(NeedCategory.TRAFFIC, "Speed bumps on 85th Avenue", null, null));
        return new ContactData(
                visit.occurredAt(),
                visit.cityId(),
                null,
                visit.kind(),
                visit.placeType(),
                visit.languageIds(),
                visit.groupIds(),
                visit.topicIds(),
                visit.partnerIds(),
                visit.headcount(),
                org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                null,
                visit.summary(),
                visit.needs(),
                eventId);
    }

    @Test
    void the_events_csv_keeps_accents_commas_and_quotes_a_title_on_one_line_and_suppresses_small_attendance()
            throws Exception {
        String typed = "Fête \"ñandú\", café y más\nsegunda línea " + System.nanoTime();
        String title = typed.replace('\n', ' '); // a title is one line
        LocalDateTime start = LocalDateTime.now()
                .minusDays(9)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        signedIn.as(
                "demo-liaison",
                () -> outreach.plan(
                        event(typed, brooklynPark, start, start.plusHours(1), EventStatus.HELD, 3, List.of())));
        var day = start.toLocalDate();
        byte[] csv = signedIn.as(
                "demo-liaison",
                () -> outreach.exportCsv(
                        new EventFilter(day, day, brooklynPark, null, null, null, null),
                        new org.jcpp.liaison.datapractices.ExportText(
                                key -> i18n.getTranslation(key, Locale.ENGLISH))));
        assertThat(csv).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        var records = org.apache.commons.csv.CSVFormat.RFC4180
                .parse(new java.io.StringReader(new String(csv, java.nio.charset.StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        var ours =
                records.stream().filter(r -> r.get(2).equals(title)).findFirst().orElseThrow();
        assertThat(ours.get(6)).isEqualTo("fewer than 5");
        assertThat(ours.get(5)).isEqualTo(i18n.getTranslation("EventStatus.HELD", Locale.ENGLISH));
        assertThat(records.getFirst().get(0)).isEqualTo("Starts");
    }

    @Test
    void a_brooklyn_liaison_does_not_see_a_hopkins_event_and_admins_see_no_events() {
        LocalDateTime start = LocalDateTime.now().plusDays(3);
        var hopkinsEvent = signedIn.as(
                "demo-coordinator",
                () -> outreach.plan(event(
                        "Hopkins NNO", hopkins, start, start.plusHours(3), EventStatus.PLANNED, null, List.of())));
        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> outreach.get(hopkinsEvent.id())).isInstanceOf(RecordNotFoundException.class);
            assertThat(outreach.between(start.minusDays(1), start.plusDays(1)))
                    .extracting(EventRow::id)
                    .doesNotContain(hopkinsEvent.id());
            assertThat(outreach.count(new EventFilter(null, null, hopkins, null, null, null, null)))
                    .isZero();
        });
        assertThatThrownBy(() -> signedIn.as("demo-admin", () -> outreach.count(EventFilter.ANY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private EventData event(
            String title,
            long cityId,
            LocalDateTime start,
            LocalDateTime end,
            EventStatus status,
            Integer attendance,
            List<PoliceData> police) {
        return new EventData(
                title,
                EventType.VOLUNTEERING,
                cityId,
                "Food shelf warehouse",
                start,
                end,
                null,
                Set.of(foodShelf),
                Set.of(),
                status,
                attendance,
                Map.of(),
                police,
                "",
                null,
                java.util.Set.of());
    }

    private static EventData withSeries(EventData d, long seriesId) {
        return new EventData(
                d.title(),
                EventType.ACADEMY_SESSION,
                d.cityId(),
                d.venue(),
                d.startsAt(),
                d.endsAt(),
                d.organiserId(),
                Set.of(),
                d.languageIds(),
                d.status(),
                d.attendance(),
                d.groupAttendance(),
                d.police(),
                d.outcomes(),
                seriesId,
                java.util.Set.of());
    }
}
