package org.jcpp.liaison.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jcpp.liaison.base.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly summaries current. They cover the days before a day ({@code report_refreshed.covers_before}, today
 * once refreshed; the current month's row holds its days so far). The dashboard reads a month from them only while no
 * record of it changed since (0029, 0062: the tables' triggers mark such a month in {@code report_stale}); today's
 * records and every marked month are summed from the records, so the figures are right at every reading and a refresh
 * only makes them cheaper to read. Every few seconds ({@code liaison.reporting.refresh}, default 10 seconds), once
 * across all app instances (ShedLock), the summaries are refreshed when they lag: a month was marked, or the day turned
 * since the last refresh (a start does not wait for it: until then the lagging days are summed from the records). A
 * refresh sums again only those months (changesets 0060, 0062): a backdated save costs the summing of its month, and
 * the turn of a day the current month's, tens of milliseconds at a million contacts; only the first refresh of a
 * database sums every month (about 5 s). Each refresh is one transaction, so dashboards keep reading the summaries as
 * they were until it is done. The app's database role does not write the summaries: it calls {@code
 * refresh_report_summaries(months, covering, done, began)}, which runs as their owner.
 */
@Component
@Order(100)
public class ReportingRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportingRefresh.class);
    private final JdbcTemplate jdbc;
    private final DemoData demoData;
    private final Clock clock;

    ReportingRefresh(JdbcTemplate jdbc, DemoData demoData, Clock clock) {
        this.jdbc = jdbc;
        this.demoData = demoData;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData.enabled()) {
            refresh(); // the demo records were written after the summaries were created
        }
    }

    @Scheduled(
            fixedDelayString = "${liaison.reporting.refresh:PT10S}",
            initialDelayString = "${liaison.reporting.refresh:PT10S}")
    @SchedulerLock(name = "reporting-refresh", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5S")
    void scheduled() {
        if (lags()) {
            refresh();
        }
    }

    /** Whether a month the summaries cover has changed since their last refresh, or the day has turned since. */
    public boolean lags() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT covers_before < ? OR EXISTS (SELECT 1 FROM report_stale) FROM report_refreshed",
                Boolean.class,
                Date.valueOf(LocalDate.now(clock))));
    }

    /**
     * Brings the summaries up to date now: the months marked before it begins and the days that turned since the last
     * refresh (from the first day of the month they were in) are summed again (every month, the first time). The marks
     * it read are removed in the same transaction (a month marked while it runs stays marked for the next one); from the
     * moment it begins, a change to a day before today is marked even if the summaries did not cover that day before
     * (refreshing_before).
     */
    public void refresh() {
        Instant began = clock.instant();
        long start = System.nanoTime();
        Date covering = Date.valueOf(LocalDate.now(clock));
        var marked =
                jdbc.query("SELECT id, month FROM report_stale", (rs, row) -> new Mark(rs.getLong(1), rs.getDate(2)));
        var months = marked.stream().map(m -> m.month().toString()).distinct().toArray(String[]::new);
        jdbc.update("UPDATE report_refreshed SET refreshing_before = ?", covering);
        // the rows, the coverage and the removal of the marks read above, in one transaction (0063)
        jdbc.queryForObject(
                "SELECT 1 FROM refresh_report_summaries(CAST(? AS date[]), ?, ?, ?)",
                Integer.class,
                (Object) months,
                covering,
                marked.stream().map(Mark::id).toArray(Long[]::new),
                Timestamp.from(began));
        log.debug(
                "Reporting summaries refreshed in {} ms ({} marked months)",
                (System.nanoTime() - start) / 1_000_000,
                months.length);
    }

    /** A month marked as changed (report_stale). */
    private record Mark(long id, Date month) {}
}
