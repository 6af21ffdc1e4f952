package org.jcpp.liaison.notifications;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jcpp.liaison.base.SystemTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the morning's digests at {@code liaison.mail.digest-cron} and sends what is due every minute, each once across
 * all app instances (ShedLock, as the retention job); the outbox's unique key keeps a digest from being written twice.
 */
@Component
class MailJob {

    private static final Logger log = LoggerFactory.getLogger(MailJob.class);

    private final FollowUpDigests digests;
    private final Outbox outbox;

    MailJob(FollowUpDigests digests, Outbox outbox) {
        this.digests = digests;
        this.outbox = outbox;
    }

    @Scheduled(cron = "${liaison.mail.digest-cron}")
    @SchedulerLock(name = "mail-digests", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void digests() {
        int written = SystemTask.call(digests::writeToday);
        log.info("Mail: {} follow-up digests written", written);
        send();
    }

    @Scheduled(fixedDelayString = "${liaison.mail.send-every}", initialDelayString = "${liaison.mail.send-every}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT10M")
    void send() {
        int sent = SystemTask.call(outbox::sendDue);
        int cleared = SystemTask.call(outbox::clearOldBodies);
        if (sent > 0 || cleared > 0) {
            log.info("Mail: {} sent, {} old bodies cleared", sent, cleared);
        }
    }
}
