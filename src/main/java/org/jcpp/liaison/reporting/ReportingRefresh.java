package org.jcpp.liaison.reporting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly summaries current: refreshed at startup (after demo data) and every few minutes
 * ({@code liaison.reporting.refresh}, default 5 minutes), once across all app instances (ShedLock). Each refresh is
 * CONCURRENTLY, so dashboards keep reading the previous figures while it runs.
 */
@Component
@Order(100)
public class ReportingRefresh implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportingRefresh.class);
    private static final String[] VIEWS = {"report_city_month", "report_city_month_language", "report_city_month_group"
    };

    private final JdbcTemplate jdbc;

    ReportingRefresh(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        refresh();
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
        long start = System.nanoTime();
        for (String view : VIEWS) {
            jdbc.execute("REFRESH MATERIALIZED VIEW CONCURRENTLY " + view);
        }
        log.debug("Reporting summaries refreshed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
