package org.jcpp.liaison.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jcpp.liaison.base.DemoData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly summaries current: every few minutes ({@code liaison.reporting.refresh}, default 5 minutes), once
 * across all app instances (ShedLock), and at startup only when demo data was just loaded (a real deployment does not
 * pay for a full recomputation on every start). Each refresh is CONCURRENTLY, so dashboards keep reading the previous
 * figures while it runs. The app's database role does not own the views: it calls {@code refresh_report_summaries()},
 * which runs as their owner (changeset 0018).
 */
@Component
@Order(100)
public class ReportingRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportingRefresh.class);
    private final JdbcTemplate jdbc;
    private final DemoData demoData;
    private final Clock clock;
    /** When this instance last began a refresh that completed. */
    private volatile @Nullable Instant last;

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
            fixedDelayString = "${liaison.reporting.refresh:PT5M}",
            initialDelayString = "${liaison.reporting.refresh:PT5M}")
    @SchedulerLock(name = "reporting-refresh", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        refresh();
    }

    /** Recomputes every summary now. */
    public void refresh() {
        Instant began = clock.instant();
        long start = System.nanoTime();
        jdbc.execute("SELECT refresh_report_summaries()");
        last = began;
        log.debug("Reporting summaries refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * What the summaries hold is as of this instant: the latest refresh begun here or (the scheduled one, on any
     * instance) by ShedLock's record (the UTC wall clock); empty when neither is known.
     */
    public Optional<Instant> asOf() {
        Timestamp scheduled = jdbc.query(
                "SELECT max(locked_at) AT TIME ZONE 'UTC' FROM shedlock WHERE name = 'reporting-refresh'",
                rs -> rs.next() ? rs.getTimestamp(1) : null);
        Instant here = last;
        if (scheduled == null) {
            return Optional.ofNullable(here);
        }
        Instant shared = scheduled.toInstant();
        return Optional.of(here == null || shared.isAfter(here) ? shared : here);
    }

    /** Refreshes now unless the summaries were refreshed within the last minute (a user's "refresh" does not pile up). */
    public void refreshIfOlderThanAMinute() {
        if (asOf().map(at -> at.isBefore(clock.instant().minusSeconds(60))).orElse(true)) {
            refresh();
        }
    }
}
