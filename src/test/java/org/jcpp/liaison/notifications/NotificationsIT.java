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

    @Test
    void the_morning_notes_follow_ups_due_tomorrow_and_overdue_since_yesterday_once() {
        var signedIn = new SignedIn(userDetails);
        long center = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Center");
        String liaison = newLiaison(center);
        LocalDate today = LocalDate.now();
        signedIn.as(
                liaison,
                () -> contacts.log(SampleContacts.visitOn(
                        java.time.LocalDateTime.now().minusDays(3).withHour(9),
                        center,
                        "Visit",
                        SampleContacts.need(NeedCategory.TRAFFIC, "Speed bump", today.plusDays(1), null),
                        SampleContacts.need(NeedCategory.SAFETY, "Lights", today.minusDays(1), null),
                        SampleContacts.need(NeedCategory.FOOD, "Food shelf", today.plusDays(2), null))));

        SystemTask.call(writer::morning);
        SystemTask.call(writer::morning);

        var mine = signedIn.as(liaison, () -> notifications.mine(Pageable.ofSize(20)));
        assertThat(mine)
                .extracting(NotificationRow::kind, NotificationRow::category)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                NotificationKind.FOLLOW_UP_DUE_TOMORROW, NeedCategory.TRAFFIC),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.FOLLOW_UP_OVERDUE, NeedCategory.SAFETY));
    }
}
