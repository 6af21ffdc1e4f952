package org.jcpp.liaison.datapractices;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jcpp.liaison.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs retention every night, once across all app instances (ShedLock). */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${liaison.retention.cron}")
    @SchedulerLock(name = "retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void nightly() {
        var run = SystemTask.call(retention::run);
        log.info(
                "Retention: {} named persons erased, {} contact texts removed",
                run.personsErased(),
                run.summariesRemoved());
    }
}
