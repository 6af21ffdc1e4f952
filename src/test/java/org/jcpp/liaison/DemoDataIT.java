package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactRow;
import org.jcpp.liaison.contacts.ContactService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo data set as a visitor meets it, and as the README describes it. Other tests add to the shared database,
 * so only the records loaded before the app was ready (the demo data set) are looked at.
 */
@IntegrationTest
class DemoDataIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ContactService contacts;

    @Autowired
    org.jcpp.liaison.committees.CommitteeService committees;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ApplicationAvailability availability;

    private SignedIn signedIn;
    private Timestamp ready;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        var readiness = availability.getLastChangeEvent(ReadinessState.class);
        assertThat(readiness).isNotNull();
        ready = new Timestamp(readiness.getTimestamp());
    }

    @Test
    void demo_liaison_sees_as_many_contacts_as_the_readme_says() throws IOException {
        int promised = readmeContactsOfDemoLiaison();
        Set<Long> demoContacts =
                Set.copyOf(jdbc.queryForList("SELECT id FROM contact WHERE created_at <= ?", Long.class, ready));
        // What the contact list shows her when she opens it: its default period, the last three months.
        var listDefault =
                new ContactFilter(LocalDate.now().minusMonths(3), LocalDate.now(), null, null, null, null, null, null);
        List<ContactRow> seen =
                signedIn.as("demo-liaison", () -> contacts.rows(listDefault, PageRequest.of(0, 10_000)));

        long demoSeen =
                seen.stream().filter(row -> demoContacts.contains(row.id())).count();

        assertThat(demoSeen).isEqualTo(promised);
    }

    @Test
    void
            every_city_has_a_demo_committee_that_missed_one_of_the_last_twelve_months_with_a_recommendation_in_each_status() {
        var demoCommittees = jdbc.queryForList(
                "SELECT c.id FROM advisory_committee c WHERE c.created_at <= ? ORDER BY c.id", Long.class, ready);
        assertThat(demoCommittees)
                .hasSize(jdbc.queryForObject(
                        "SELECT count(*) FROM member_city WHERE active AND created_at <= ?", Integer.class, ready));
        var last = java.time.YearMonth.now().minusMonths(1);
        for (long committee : demoCommittees) {
            var months =
                    signedIn.as("demo-coordinator", () -> committees.monthsMet(committee, last.minusMonths(11), last));
            assertThat(months)
                    .filteredOn(org.jcpp.liaison.committees.MonthMet::isGap)
                    .hasSize(1);
            assertThat(jdbc.queryForList(
                            "SELECT DISTINCT status FROM committee_recommendation WHERE committee_id = ?",
                            String.class,
                            committee))
                    .containsExactlyInAnyOrder(
                            "RAISED", "UNDER_REVIEW", "ACCEPTED", "PARTLY_ACCEPTED", "DECLINED", "DONE");
        }
    }

    @Test
    void no_liaison_has_two_demo_contacts_with_the_same_summary_within_a_week() {
        List<String> nearDuplicates = jdbc.queryForList("""
                SELECT a.id || ' and ' || b.id || ': ' || a.summary
                FROM contact a
                JOIN contact b ON b.liaison_id = a.liaison_id AND b.id > a.id AND b.summary = a.summary
                WHERE a.created_at <= ? AND b.created_at <= ?
                  AND abs(extract(epoch FROM a.occurred_at - b.occurred_at)) < 7 * 86400
                """, String.class, ready, ready);

        assertThat(nearDuplicates).isEmpty();
    }

    @Test
    void demo_needs_history_is_dated_after_its_contact_and_not_on_the_day_the_demo_loaded() {
        ZoneId zone = ZoneId.systemDefault();
        List<String> wrong = new ArrayList<>();
        jdbc.query(
                """
                SELECT c.id, c.occurred_at, c.created_at, e.what, e.at
                FROM need_event e JOIN need n ON n.id = e.need_id JOIN contact c ON c.id = n.contact_id
                WHERE c.created_at <= ?
                """,
                rs -> {
                    LocalDateTime occurred = programTime(rs.getObject("occurred_at", LocalDateTime.class));
                    LocalDate loadDay = rs.getTimestamp("created_at")
                            .toInstant()
                            .atZone(zone)
                            .toLocalDate();
                    Instant at = rs.getTimestamp("at").toInstant();
                    LocalDateTime atLocal = LocalDateTime.ofInstant(at, zone);
                    boolean loadedWithTheDemo = !at.isAfter(ready.toInstant());
                    if (atLocal.isBefore(occurred)) {
                        wrong.add("contact " + rs.getLong("id") + " of " + occurred + ": " + rs.getString("what")
                                + " at " + atLocal + " (before the contact)");
                    } else if (loadedWithTheDemo
                            && occurred.toLocalDate().isBefore(loadDay)
                            && atLocal.toLocalDate().equals(loadDay)) {
                        wrong.add("contact " + rs.getLong("id") + " of " + occurred + ": " + rs.getString("what")
                                + " at " + atLocal + " (the day the demo loaded)");
                    }
                },
                ready);

        assertThat(wrong).isEmpty();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM need_event WHERE at <= ? AND what <> 'CREATED'", Long.class, ready))
                .as("the demo shows needs that moved on, not only new ones")
                .isPositive();
    }

    @Test
    void demo_national_night_out_is_on_the_first_tuesday_of_august() {
        List<LocalDateTime> starts = jdbc
                .queryForList(
                        "SELECT starts_at FROM outreach_event WHERE type = 'NATIONAL_NIGHT_OUT' AND created_at <= ?",
                        Timestamp.class,
                        ready)
                .stream()
                .map(raw -> programTime(raw.toLocalDateTime()))
                .toList();

        assertThat(starts).isNotEmpty().allSatisfy(start -> {
            assertThat(start.getMonth()).isEqualTo(Month.AUGUST);
            assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(start.getDayOfMonth()).isLessThanOrEqualTo(7);
            assertThat(start.toLocalDate()).isBefore(LocalDate.now());
        });
    }

    /** A TIMESTAMP column as the app reads it: stored in UTC (hibernate.jdbc.time_zone), shown in program time. */
    private static LocalDateTime programTime(LocalDateTime stored) {
        return stored.atOffset(java.time.ZoneOffset.UTC)
                .atZoneSameInstant(ZoneId.systemDefault())
                .toLocalDateTime();
    }

    /** The number in the README's demo sign-ins table: "`demo-liaison` | … (N demo contacts …". */
    private static int readmeContactsOfDemoLiaison() throws IOException {
        String row = Files.readAllLines(Path.of("README.md")).stream()
                .filter(line -> line.startsWith("| `demo-liaison`"))
                .collect(Collectors.joining("\n"));
        var number = Pattern.compile("(\\d+) demo contacts").matcher(row);
        assertThat(number.find())
                .as("README's demo-liaison row names her demo contacts")
                .isTrue();
        return Integer.parseInt(number.group(1));
    }
}
