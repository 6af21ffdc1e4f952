package org.jcpp.liaison.rollcall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.Violations;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.training.SampleTraining;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TopicRef;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class RollCallServiceIT {

    @Autowired
    RollCallService rollCall;

    @Autowired
    TrainingTopicService topics;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    AuditTrail audit;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    org.jcpp.liaison.accounts.CurrentUser currentUser;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    SignedIn signedIn;
    SampleTraining samples;
    DepartmentRef brooklynCenter;
    DepartmentRef brooklynPark;
    DepartmentRef hopkins;
    TopicRef languageLine;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        samples = new SampleTraining(signedIn, topics, referenceData);
        brooklynCenter = samples.department("Brooklyn Center");
        brooklynPark = samples.department("Brooklyn Park");
        hopkins = samples.department("Hopkins");
        languageLine = samples.activeTopic("Using the language line");
    }

    @Test
    void a_night_shift_briefing_shows_in_coverage_as_reached_today_while_the_day_shift_stays_unreached() {
        long night = samples.shift(brooklynCenter, "Night").id();
        long day = samples.shift(brooklynCenter, "Day").id();
        LocalDate today = LocalDate.now();

        var logged = signedIn.as(
                "demo-liaison",
                () -> rollCall.log(briefing(today, brooklynCenter, night, 14, SampleTraining.ids(languageLine))));
        assertThat(logged.topics()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Using the language line");
            assertThat(t.revision()).isEqualTo(languageLine.revision());
        });

        var coverage = signedIn.as("demo-liaison", () -> rollCall.coverage(null, today.minusDays(29), today));
        var nightRow =
                coverage.stream().filter(r -> r.shiftId() == night).findFirst().orElseThrow();
        assertThat(nightRow.lastBriefed()).isEqualTo(today);
        assertThat(nightRow.briefings()).isPositive();
        assertThat(nightRow.officersReached()).isGreaterThanOrEqualTo(14);
        var dayRow =
                coverage.stream().filter(r -> r.shiftId() == day).findFirst().orElseThrow();
        assertThat(dayRow.reachedInPeriod()).isFalse();

        var byTopic =
                signedIn.as("demo-liaison", () -> rollCall.coverage(languageLine.id(), today.minusDays(29), today));
        assertThat(byTopic)
                .filteredOn(r -> r.shiftId() == night)
                .singleElement()
                .satisfies(r -> assertThat(r.lastBriefed()).isEqualTo(today));

        var notReached = signedIn.as("demo-liaison", () -> rollCall.notReached(null, 30));
        assertThat(notReached).extracting(ShiftCoverage::shiftId).contains(day).doesNotContain(night);
    }

    @Test
    void an_earlier_briefing_keeps_the_revision_it_covered_after_the_topic_is_revised() {
        var topic = samples.newActiveTopic("Greeting elders");
        TopicRef ref = new TopicRef(topic.id(), topic.title(), topic.revision(), topic.status());
        long day = samples.shift(brooklynPark, "Day").id();
        var logged = signedIn.as(
                "demo-liaison",
                () -> rollCall.log(briefing(LocalDate.now(), brooklynPark, day, 9, SampleTraining.ids(ref))));

        signedIn.as(
                "demo-coordinator",
                () -> topics.revise(
                        topic.id(),
                        topic.version(),
                        new TopicData(
                                topic.title() + " (revised)",
                                topic.summary(),
                                "First key point\nSecond key point",
                                TrainingAudience.PATROL,
                                "Added a second point",
                                null,
                                false)));

        var reread = signedIn.as("demo-liaison", () -> rollCall.get(logged.id()));
        assertThat(reread.topics()).singleElement().satisfies(t -> {
            assertThat(t.revision()).isEqualTo(1);
            assertThat(t.title()).isEqualTo(topic.title());
            assertThat(t.currentRevision()).isEqualTo(2);
            assertThat(t.isCurrent()).isFalse();
        });
        var history = signedIn.as("demo-liaison", () -> topics.get(topic.id())).revisions();
        assertThat(history).extracting(r -> r.revision()).containsExactly(2, 1);
        assertThat(history.get(1).keyPoints()).isEqualTo("First key point");
    }

    @Test
    void no_officers_a_thousand_officers_or_a_shift_of_another_department_are_refused_and_nothing_is_stored() {
        long night = samples.shift(brooklynCenter, "Night").id();
        long parkNight = samples.shift(brooklynPark, "Night").id();
        var topicIds = SampleTraining.ids(languageLine);
        var all = new BriefingFilter(null, null, null, null, null);
        long before = signedIn.as("demo-liaison", () -> rollCall.count(all));

        signedIn.as("demo-liaison", () -> {
            for (int officers : new int[] {0, 1000}) {
                assertThatThrownBy(() ->
                                rollCall.log(briefing(LocalDate.now(), brooklynCenter, night, officers, topicIds)))
                        .isInstanceOfSatisfying(
                                ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                                        .extracting(Violations::field)
                                        .containsExactly("officers"));
            }
            assertThatThrownBy(() -> rollCall.log(briefing(LocalDate.now(), brooklynCenter, parkNight, 12, topicIds)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("shiftId");
                        assertThat(e.messageKey()).isEqualTo("rollcall.shift.other-department");
                    });
            assertThatThrownBy(() -> rollCall.log(briefing(LocalDate.now(), brooklynCenter, night, 12, Set.of())))
                    .isInstanceOf(ConstraintViolationException.class);
            assertThatThrownBy(() ->
                            rollCall.log(briefing(LocalDate.now().plusDays(1), brooklynCenter, night, 12, topicIds)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("briefedOn"));
            assertThatThrownBy(
                            () -> rollCall.log(briefing(LocalDate.of(1900, 1, 1), brooklynCenter, night, 12, topicIds)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.field()).isEqualTo("briefedOn");
                        assertThat(e.messageKey()).isEqualTo("rollcall.date.too-old");
                    });
        });
        assertThat(signedIn.as("demo-liaison", () -> rollCall.count(all))).isEqualTo(before);
    }

    @Test
    void no_minutes_and_a_presenter_who_does_not_work_in_the_city_are_refused() {
        long night = samples.shift(brooklynCenter, "Night").id();
        var topicIds = SampleTraining.ids(languageLine);
        long admin = signedIn.as("demo-admin", () -> currentUser.requireId());
        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> rollCall.log(new BriefingData(
                            LocalDate.now(), brooklynCenter.id(), night, null, topicIds, 12, 0, "", "")))
                    .isInstanceOfSatisfying(
                            ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                                    .extracting(Violations::field)
                                    .containsExactly("minutes"));
            assertThatThrownBy(() -> rollCall.log(new BriefingData(
                            LocalDate.now(), brooklynCenter.id(), night, admin, topicIds, 12, 15, "", "")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("presenterId"));
        });
    }

    @Test
    void a_brooklyn_liaison_neither_logs_for_nor_sees_hopkins_and_admins_see_no_briefings() {
        long hopkinsDay = samples.shift(hopkins, "Day").id();
        var topicIds = SampleTraining.ids(languageLine);
        var hopkinsBriefing = signedIn.as(
                "demo-coordinator", () -> rollCall.log(briefing(LocalDate.now(), hopkins, hopkinsDay, 11, topicIds)));
        long hopkinsCity = hopkins.cityId();

        signedIn.as("demo-liaison", () -> {
            assertThatThrownBy(() -> rollCall.log(briefing(LocalDate.now(), hopkins, hopkinsDay, 5, topicIds)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("departmentId"));
            assertThatThrownBy(() -> rollCall.get(hopkinsBriefing.id())).isInstanceOf(RecordNotFoundException.class);
            assertThatThrownBy(() -> rollCall.delete(hopkinsBriefing.id(), hopkinsBriefing.version()))
                    .isInstanceOf(RecordNotFoundException.class);
            assertThat(rollCall.count(new BriefingFilter(null, null, hopkinsCity, null, null)))
                    .isZero();
            assertThat(rollCall.coverage(null, LocalDate.now().minusDays(30), LocalDate.now()))
                    .extracting(ShiftCoverage::cityId)
                    .containsOnly(brooklynPark.cityId(), brooklynCenter.cityId());
            assertThat(rollCall.monthly(LocalDate.now().minusYears(1), LocalDate.now()))
                    .extracting(MonthlyActivity::cityId)
                    .doesNotContain(hopkinsCity);
        });
        assertThat(signedIn.as(
                        "demo-coordinator",
                        () -> rollCall.count(new BriefingFilter(null, null, hopkinsCity, null, null))))
                .isPositive();
        assertThatThrownBy(() -> signedIn.as(
                        "demo-admin", () -> rollCall.count(new BriefingFilter(null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void logging_changing_and_deleting_a_briefing_is_audited_and_a_stale_change_is_refused() {
        long middle = samples.shift(brooklynPark, "Middle").id();
        var topicIds = SampleTraining.ids(languageLine);
        var logged = signedIn.as(
                "demo-liaison",
                () -> rollCall.log(briefing(LocalDate.now().minusDays(1), brooklynPark, middle, 7, topicIds)));
        var changed = signedIn.as(
                "demo-liaison",
                () -> rollCall.update(
                        logged.id(),
                        logged.version(),
                        briefing(LocalDate.now().minusDays(1), brooklynPark, middle, 8, topicIds)));
        assertThat(changed.officers()).isEqualTo(8);
        signedIn.as("demo-coordinator", () -> {
            assertThatThrownBy(() -> rollCall.update(
                            logged.id(),
                            logged.version(),
                            briefing(LocalDate.now(), brooklynPark, middle, 9, topicIds)))
                    .isInstanceOf(ConcurrentEditException.class);
            rollCall.delete(changed.id(), changed.version());
        });

        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(null, null, "roll-call-briefing", logged.id(), null, null, null),
                        Pageable.ofSize(10)));
        assertThat(entries)
                .extracting(e -> e.actor() + " " + e.action())
                .containsExactlyInAnyOrder(
                        "demo-liaison " + AuditAction.CREATE,
                        "demo-liaison " + AuditAction.UPDATE,
                        "demo-coordinator " + AuditAction.DELETE);
        assertThat(entries)
                .filteredOn(e -> e.action() == AuditAction.UPDATE)
                .singleElement()
                .satisfies(e -> assertThat(e.changes())
                        .contains("officers")
                        .contains("7")
                        .contains("8"));
    }

    @Test
    void one_grid_refresh_of_the_filtered_briefings_takes_at_most_two_sql_statements() {
        long day = samples.shift(brooklynPark, "Day").id();
        signedIn.as(
                "demo-liaison",
                () -> rollCall.log(briefing(LocalDate.now(), brooklynPark, day, 6, SampleTraining.ids(languageLine))));
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        var filter = new BriefingFilter(
                LocalDate.now().minusYears(1), LocalDate.now(), brooklynPark.cityId(), null, languageLine.id());
        signedIn.as("demo-liaison", () -> {
            statistics.clear();
            var page = rollCall.rows(filter, Pageable.ofSize(50));
            long total = rollCall.count(filter);
            assertThat(page).isNotEmpty().allSatisfy(row -> assertThat(row.topicIds())
                    .contains(languageLine.id()));
            assertThat(total).isGreaterThanOrEqualTo(page.size());
            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
        });
    }

    @Test
    void officers_briefed_by_city_and_month_add_up_the_briefings_of_that_month() {
        long day = samples.shift(brooklynPark, "Day").id();
        LocalDate longAgo = LocalDate.now().minusYears(3).withDayOfMonth(10);
        signedIn.as("demo-liaison", () -> {
            rollCall.log(briefing(longAgo, brooklynPark, day, 12, SampleTraining.ids(languageLine)));
            rollCall.log(briefing(longAgo.plusDays(2), brooklynPark, day, 5, SampleTraining.ids(languageLine)));
        });
        var months = signedIn.as(
                "demo-liaison", () -> rollCall.monthly(longAgo.withDayOfMonth(1), longAgo.withDayOfMonth(28)));
        assertThat(months).singleElement().satisfies(m -> {
            assertThat(m.cityId()).isEqualTo(brooklynPark.cityId());
            assertThat(m.briefings()).isEqualTo(2);
            assertThat(m.officersBriefed()).isEqualTo(17);
        });
    }

    @Test
    void saving_a_briefing_unchanged_leaves_its_version_so_a_page_opened_before_can_still_save() {
        long middle = samples.shift(brooklynPark, "Middle").id();
        var topicIds = SampleTraining.ids(languageLine);
        var same = briefing(LocalDate.now().minusDays(2), brooklynPark, middle, 6, topicIds);
        signedIn.as("demo-liaison", () -> {
            var logged = rollCall.log(same);
            var unchanged = rollCall.update(logged.id(), logged.version(), same);
            assertThat(unchanged.version()).isEqualTo(logged.version());
            var changed = rollCall.update(
                    logged.id(),
                    logged.version(),
                    briefing(LocalDate.now().minusDays(2), brooklynPark, middle, 7, topicIds));
            assertThat(changed.version()).isGreaterThan(logged.version());
            assertThat(changed.officers()).isEqualTo(7);
        });
    }

    static BriefingData briefing(
            LocalDate on, DepartmentRef department, long shiftId, int officers, Set<Long> topicIds) {
        return new BriefingData(
                on, department.id(), shiftId, null, topicIds, officers, 15, "Questions about the card", "");
    }
}
