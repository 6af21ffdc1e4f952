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
 * removes only the marks it read before it began).
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

    private boolean refreshWaits() {
        Integer waiting = jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND query LIKE 'UPDATE report_refreshed SET refreshing_before%'",
                Integer.class);
        return waiting != null && waiting > 0;
    }
}
