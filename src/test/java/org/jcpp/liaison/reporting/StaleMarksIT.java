package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14's figures stay exact while the summaries are refreshed: a change saved while a refresh runs is either in
 * the refresh or still marked afterwards, even when its month was already marked by an earlier change (the refresh
 * removes only the marks it read before it began). A refresh sums again only the months that need it (0060).
 */
@IntegrationTest
class StaleMarksIT {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportingRefresh refresh;

    @Autowired
    org.jcpp.liaison.reporting.domain.ReportQueries queries;

    @Autowired
    java.time.Clock clock;

    @Test
    void a_change_saved_while_a_refresh_runs_stays_marked_even_when_its_month_was_marked_before() throws Exception {
        refresh.refresh();
        long id = jdbc.queryForObject(
                "SELECT id FROM contact WHERE occurred_at < date_trunc('month', now()) - interval '2 months'"
                        + " ORDER BY occurred_at DESC LIMIT 1",
                Long.class);
        jdbc.update("UPDATE contact SET headcount = headcount + 1 WHERE id = ?", id);
        assertThat(refresh.lags()).as("an earlier change marked the month").isTrue();

        try (var save = dataSource.getConnection()) {
            save.setAutoCommit(false);
            try (var update = save.prepareStatement("UPDATE contact SET headcount = headcount - 1 WHERE id = ?")) {
                update.setLong(1, id);
                update.executeUpdate();
            }
            var running = CompletableFuture.runAsync(refresh::refresh);
            // the refresh has read the marks and waits to move its coverage until the save that read it is done
            for (int i = 0; i < 100 && !refreshWaits(); i++) {
                Thread.sleep(100);
            }
            save.commit();
            running.get(60, TimeUnit.SECONDS);
        }

        assertThat(refresh.lags())
                .as("the change saved during the refresh is still marked for the next one")
                .isTrue();
        refresh.refresh();
        assertThat(refresh.lags()).isFalse();
    }

    @Test
    void a_backdated_change_is_summed_again_in_its_month_only_and_the_month_agrees_with_the_records() {
        refresh.refresh();
        var contact = jdbc.queryForMap(
                "SELECT id, city_id, date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date AS month FROM contact"
                        + " WHERE occurred_at < date_trunc('month', now()) - interval '3 months'"
                        + " AND cardinality(language_ids) > 0 ORDER BY occurred_at DESC LIMIT 1");
        long id = ((Number) contact.get("id")).longValue();
        long city = ((Number) contact.get("city_id")).longValue();
        var month = contact.get("month");
        // each summary row's transaction id: a row summed again gets a new one
        var untouched = "SELECT count(*) FROM report_city_month WHERE month <> ? AND xmin::text = ANY (?)";
        String[] before = jdbc.queryForList(
                        "SELECT xmin::text FROM report_city_month WHERE month <> ?", String.class, month)
                .toArray(String[]::new);
        int people = peopleInSummary(city, month);
        long otherLanguage = jdbc.queryForObject(
                "SELECT id FROM language WHERE id <> ALL (SELECT unnest(language_ids) FROM contact WHERE id = ?)"
                        + " ORDER BY id LIMIT 1",
                Long.class,
                id);

        jdbc.update(
                "UPDATE contact SET headcount = headcount + 2, language_ids = language_ids || ? WHERE id = ?",
                otherLanguage,
                id);
        assertThat(refresh.lags()).isTrue();
        refresh.refresh();

        assertThat(peopleInSummary(city, month))
                .as("the month's people, summed again")
                .isEqualTo(people + 2);
        assertThat(peopleInSummary(city, month))
                .as("the month's row agrees with the records")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT sum(headcount)::int FROM contact WHERE city_id = ?"
                                + " AND date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date = ?",
                        Integer.class,
                        city,
                        month));
        assertThat(jdbc.queryForObject(
                        "SELECT contacts FROM report_city_month_language WHERE city_id = ? AND month = ?"
                                + " AND language_id = ?",
                        Integer.class,
                        city,
                        month,
                        otherLanguage))
                .as("the language added to the contact is counted in its month")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT count(*)::int FROM contact WHERE city_id = ? AND ? = ANY (language_ids)"
                                + " AND date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date = ?",
                        Integer.class,
                        city,
                        otherLanguage,
                        month));
        assertThat(jdbc.queryForObject(untouched, Long.class, month, before))
                .as("every other month's row is left as it was")
                .isEqualTo(before.length);
        assertThat(jdbc.queryForObject(
                        "SELECT coalesce(sum(contacts), 0) FROM report_city_month"
                                + " WHERE month = date_trunc('month', now())::date",
                        Long.class))
                .as("the current month's row holds its days before today; today's contacts are summed at each reading")
                .isEqualTo(jdbc.queryForObject(
                        "SELECT count(*) FROM contact WHERE occurred_at >= date_trunc('month', now()) AT TIME ZONE 'UTC'"
                                + " AND occurred_at < date_trunc('day', now()) AT TIME ZONE 'UTC'",
                        Long.class));

        jdbc.update(
                "UPDATE contact SET headcount = headcount - 2, language_ids = array_remove(language_ids, ?) WHERE id = ?",
                otherLanguage,
                id);
        refresh.refresh();
        assertThat(peopleInSummary(city, month)).isEqualTo(people);
    }

    @Test
    void the_summaries_hold_the_days_of_this_month_before_today_and_a_change_to_one_of_them_counts_at_once() {
        var today = java.time.LocalDate.now(clock);
        assumeTrue(today.getDayOfMonth() > 1, "on the first of a month, no earlier day of it is covered");
        long id = jdbc.queryForObject(
                "SELECT id FROM contact WHERE occurred_at < date_trunc('month', now()) - interval '3 months'"
                        + " ORDER BY occurred_at DESC LIMIT 1",
                Long.class);
        long city = jdbc.queryForObject("SELECT city_id FROM contact WHERE id = ?", Long.class, id);
        var was = jdbc.queryForObject("SELECT occurred_at FROM contact WHERE id = ?", java.sql.Timestamp.class, id);
        // moved to yesterday noon (local date-times are kept as UTC wall-clock time)
        jdbc.update(
                "UPDATE contact SET occurred_at = (date_trunc('day', now()) - interval '12 hours') AT TIME ZONE 'UTC'"
                        + " WHERE id = ?",
                id);
        refresh.refresh();
        assertThat(refresh.lags()).isFalse();
        // a refresh by a node whose clock is three days behind does not lower the coverage
        jdbc.queryForObject(
                "SELECT 1 FROM refresh_report_summaries(CAST('{}' AS date[]), current_date - 3,"
                        + " CAST('{}' AS bigint[]), now())",
                Integer.class);
        assertThat(jdbc.queryForObject("SELECT covers_before FROM report_refreshed", java.sql.Date.class)
                        .toLocalDate())
                .isEqualTo(today);
        var month = org.jcpp.liaison.reporting.Period.month(java.time.YearMonth.from(today));
        assertThat(contactsInSummary(city, today))
                .as("the current month's row holds the days before today, yesterday's contact too")
                .isEqualTo(contactsBefore(city, "date_trunc('day', now())"))
                .isPositive();

        jdbc.update("UPDATE contact SET headcount = headcount + 3 WHERE id = ?", id);
        assertThat(refresh.lags()).as("a change to yesterday marks this month").isTrue();
        int people = jdbc.queryForObject(
                "SELECT sum(headcount)::int FROM contact WHERE city_id = ? AND occurred_at >= date_trunc('month', now())"
                        + " AT TIME ZONE 'UTC' AND occurred_at < (date_trunc('month', now()) + interval '1 month')"
                        + " AT TIME ZONE 'UTC'",
                Integer.class,
                city);
        assertThat(queries.cityMonths(java.util.List.of(city), month)
                        .getFirst()
                        .sums()
                        .people())
                .as("the month's people count the change before any refresh")
                .isEqualTo(people);
        refresh.refresh();
        assertThat(queries.cityMonths(java.util.List.of(city), month)
                        .getFirst()
                        .sums()
                        .people())
                .as("and after it, from the summaries and today's records")
                .isEqualTo(people);

        jdbc.update("UPDATE contact SET headcount = headcount - 3, occurred_at = ? WHERE id = ?", was, id);
        refresh.refresh();
        assertThat(contactsInSummary(city, today)).isEqualTo(contactsBefore(city, "date_trunc('day', now())"));
    }

    private long contactsInSummary(long city, java.time.LocalDate today) {
        return jdbc.queryForObject(
                "SELECT coalesce(sum(contacts), 0) FROM report_city_month WHERE city_id = ? AND month = ?",
                Long.class,
                city,
                java.sql.Date.valueOf(today.withDayOfMonth(1)));
    }

    private long contactsBefore(long city, String end) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM contact WHERE city_id = ? AND occurred_at >= date_trunc('month', now())"
                        + " AT TIME ZONE 'UTC' AND occurred_at < " + end + " AT TIME ZONE 'UTC'",
                Long.class,
                city);
    }

    private int peopleInSummary(long city, Object month) {
        return jdbc.queryForObject(
                "SELECT people FROM report_city_month WHERE city_id = ? AND month = ?", Integer.class, city, month);
    }

    private boolean refreshWaits() {
        Integer waiting = jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query LIKE 'UPDATE report_refreshed SET refreshing_before%'",
                Integer.class);
        return waiting != null && waiting > 0;
    }
}
