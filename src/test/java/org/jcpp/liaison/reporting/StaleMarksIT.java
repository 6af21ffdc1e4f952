package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;

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
                        "SELECT count(*) FROM report_city_month WHERE month >= date_trunc('month', now())", Long.class))
                .as("the current month is summed from the records at each reading, never kept")
                .isZero();

        jdbc.update(
                "UPDATE contact SET headcount = headcount - 2, language_ids = array_remove(language_ids, ?) WHERE id = ?",
                otherLanguage,
                id);
        refresh.refresh();
        assertThat(peopleInSummary(city, month)).isEqualTo(people);
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
