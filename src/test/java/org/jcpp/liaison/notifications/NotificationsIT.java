package org.jcpp.liaison.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.SystemTask;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class NotificationsIT {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationWriter writer;

    @Autowired
    ContactService contacts;

    @Autowired
    AccountService accounts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    private String newLiaison(long city) {
        String username = "bell-" + UUID.randomUUID().toString().substring(0, 8);
        new SignedIn(userDetails)
                .as(
                        "demo-admin",
                        () -> accounts.create(
                                new AccountData(null, 0, username, "Bell Tester", Role.LIAISON, false, Set.of(city)),
                                "a fine long password"));
        return username;
    }

    private long idOf(String username) {
        return jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    @Test
    void a_need_a_coordinator_gives_a_liaison_rings_their_bell_once_and_only_theirs() {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        String liaison = newLiaison(park);
        String other = newLiaison(park);
        long liaisonId = idOf(liaison);
        var need = new NeedData(
                NeedCategory.HOUSING, "Repairs", liaisonId, LocalDate.now().plusDays(5), null, null, null);
        var logged = signedIn.as("demo-coordinator", () -> contacts.log(SampleContacts.visit(park, "Visit", need)));
        // a need the liaison logs for themselves rings nothing
        signedIn.as(
                liaison,
                () -> contacts.log(SampleContacts.visit(
                        park,
                        "Own visit",
                        new NeedData(NeedCategory.FOOD, "Food shelf", null, null, null, null, null))));

        var mine = signedIn.as(liaison, () -> notifications.mine(Pageable.ofSize(20)));
        assertThat(mine).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(NotificationKind.NEED_ASSIGNED);
            assertThat(row.recordId()).isEqualTo(logged.needs().getFirst().id());
            assertThat(row.category()).isEqualTo(NeedCategory.HOUSING);
            assertThat(row.cityId()).isEqualTo(park);
            assertThat(row.read()).isFalse();
        });
        assertThat(signedIn.as(liaison, () -> notifications.unread())).isEqualTo(1);
        assertThat(signedIn.as(other, () -> notifications.unread())).isZero();

        // another person cannot mark it read; its owner can
        long id = mine.getFirst().id();
        signedIn.as(other, () -> notifications.markRead(id));
        assertThat(signedIn.as(liaison, () -> notifications.unread())).isEqualTo(1);
        signedIn.as(liaison, () -> notifications.markRead(id));
        assertThat(signedIn.as(liaison, () -> notifications.unread())).isZero();
    }

    @Autowired
    org.jcpp.liaison.contacts.FollowUpReminders reminders;

    @Autowired
    org.jcpp.liaison.outreach.EventReminders eventReminders;

    @Autowired
    org.jcpp.liaison.outreach.OutreachService outreach;

    @Autowired
    org.jcpp.liaison.accounts.AccountDirectory directory;

    @Autowired
    org.jcpp.liaison.committees.CommitteeService committees;

    @Autowired
    org.jcpp.liaison.committees.MeetingService meetings;

    @Autowired
    org.jcpp.liaison.committees.RecommendationService recommendations;

    @Autowired
    org.jcpp.liaison.training.TrainingTopicService topics;

    private org.jcpp.liaison.training.TopicDetails propose(String username, String title) {
        return new SignedIn(userDetails)
                .as(
                        username,
                        () -> topics.propose(new org.jcpp.liaison.training.TopicData(
                                title,
                                "Summary",
                                "A key point",
                                org.jcpp.liaison.training.TrainingAudience.PATROL,
                                "",
                                null,
                                false)));
    }

    private String newAccount(Role role, long city) {
        String username = "bell-" + UUID.randomUUID().toString().substring(0, 8);
        new SignedIn(userDetails)
                .as(
                        "demo-admin",
                        () -> accounts.create(
                                new AccountData(null, 0, username, "Bell " + role, role, false, Set.of(city)),
                                "a fine long password"));
        return username;
    }

    @Test
    void the_morning_notes_follow_ups_due_tomorrow_overdue_since_yesterday_and_events_to_record_once_by_its_clock() {
        var signedIn = new SignedIn(userDetails);
        long center = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Center");
        String liaison = newLiaison(center);
        // the morning of a day six weeks ahead: "tomorrow" and "yesterday" are the clock's, not the machine's
        LocalDate today = LocalDate.now().plusWeeks(6);
        var clock = java.time.Clock.fixed(
                today.atTime(6, 30).atZone(java.time.ZoneId.systemDefault()).toInstant(),
                java.time.ZoneId.systemDefault());
        var morning = new NotificationWriter(notifications, reminders, eventReminders, directory, clock);
        var logged = signedIn.as(
                liaison,
                () -> contacts.log(SampleContacts.visitOn(
                        java.time.LocalDateTime.now().minusDays(3).withHour(9),
                        center,
                        "Visit",
                        SampleContacts.need(NeedCategory.TRAFFIC, "Speed bump", today.plusDays(1), null),
                        SampleContacts.need(NeedCategory.SAFETY, "Lights", today.minusDays(1), null),
                        SampleContacts.need(NeedCategory.FOOD, "Food shelf", today.plusDays(2), null),
                        SampleContacts.need(NeedCategory.HOUSING, "Repairs", today, null))));
        // events of the liaison still marked planned: over two days ago (to record), over eight days ago (past the
        // week looked back), not over yet
        var over = signedIn.as(
                liaison,
                () -> outreach.plan(org.jcpp.liaison.outreach.SampleEvents.planned(
                        "Over", center, today.minusDays(2).atTime(17, 0))));
        signedIn.as(
                liaison,
                () -> outreach.plan(org.jcpp.liaison.outreach.SampleEvents.planned(
                        "Long over", center, today.minusDays(8).atTime(17, 0))));
        signedIn.as(
                liaison,
                () -> outreach.plan(
                        org.jcpp.liaison.outreach.SampleEvents.planned("Tonight", center, today.atTime(18, 0))));

        SystemTask.call(morning::morning);
        SystemTask.call(morning::morning);

        var mine = signedIn.as(liaison, () -> notifications.mine(Pageable.ofSize(20)));
        assertThat(mine)
                .extracting(NotificationRow::kind, NotificationRow::recordId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                NotificationKind.FOLLOW_UP_DUE_TOMORROW,
                                logged.needs().get(0).id()),
                        org.assertj.core.groups.Tuple.tuple(
                                NotificationKind.FOLLOW_UP_OVERDUE,
                                logged.needs().get(1).id()),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.EVENT_TO_RECORD, over.id()));
        assertThat(mine)
                .filteredOn(row -> row.kind() == NotificationKind.EVENT_TO_RECORD)
                .singleElement()
                .satisfies(row -> assertThat(row.cityId()).isEqualTo(center));
    }

    @Test
    void a_recommendation_raised_rings_the_city_s_coordinators_and_a_proposed_topic_every_coordinator_not_the_author() {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        String parkCoordinator = newAccount(Role.COORDINATOR, park);
        String hopkinsCoordinator = newAccount(Role.COORDINATOR, hopkins);
        String liaison = newAccount(Role.LIAISON, park);
        var raised = signedIn.as(parkCoordinator, () -> {
            var mac = committees.create(
                    new org.jcpp.liaison.committees.CommitteeData(park, "Bell MAC " + UUID.randomUUID(), "en", true));
            var at = java.time.LocalDateTime.now().minusDays(2).withHour(18).withMinute(0);
            var meeting = meetings.create(new org.jcpp.liaison.committees.MeetingData(
                    mac.id(),
                    at,
                    at.plusMinutes(90),
                    "",
                    org.jcpp.liaison.committees.MeetingStatus.HELD,
                    java.util.List.of(),
                    Set.of(),
                    java.util.List.of(),
                    Set.of(),
                    0,
                    org.jcpp.liaison.committees.Interpretation.NONE,
                    Set.of(),
                    ""));
            return meeting;
        });
        var recommendation = signedIn.as(
                liaison,
                () -> recommendations.create(new org.jcpp.liaison.committees.RecommendationData(
                        raised.id(),
                        "Cards about the language line",
                        "Asked at the meeting",
                        org.jcpp.liaison.committees.RecommendationCategory.POLICY,
                        null,
                        "",
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of())));
        var topic = propose(liaison, "Bell topic " + UUID.randomUUID());
        long liaisonId = idOf(liaison);
        // a coordinator's own topic rings the other coordinators, not them
        var own = propose(parkCoordinator, "Own bell topic " + UUID.randomUUID());

        assertThat(signedIn.as(parkCoordinator, () -> notifications.mine(Pageable.ofSize(20))))
                .extracting(NotificationRow::kind, NotificationRow::recordId, NotificationRow::byAccountId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                NotificationKind.RECOMMENDATION_RAISED, recommendation.id(), liaisonId),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TOPIC_PROPOSED, topic.id(), liaisonId));
        // Hopkins' coordinator decides on topics too, not on Brooklyn Park's recommendations
        assertThat(signedIn.as(hopkinsCoordinator, () -> notifications.mine(Pageable.ofSize(20))))
                .extracting(NotificationRow::kind, NotificationRow::recordId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TOPIC_PROPOSED, topic.id()),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TOPIC_PROPOSED, own.id()));
        assertThat(signedIn.as(liaison, () -> notifications.mine(Pageable.ofSize(20))))
                .as("the author hears nothing of their own")
                .isEmpty();
    }
}
