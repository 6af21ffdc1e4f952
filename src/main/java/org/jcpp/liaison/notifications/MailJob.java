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
    private final CityDigests cityDigests;
    private final Outbox outbox;
    private final NotificationWriter notifications;
    private final Notifications bell;

    MailJob(
            FollowUpDigests digests,
            CityDigests cityDigests,
            Outbox outbox,
            NotificationWriter notifications,
            Notifications bell) {
        this.digests = digests;
        this.cityDigests = cityDigests;
        this.outbox = outbox;
        this.notifications = notifications;
        this.bell = bell;
    }

    @Scheduled(cron = "${liaison.mail.digest-cron}")
    @SchedulerLock(name = "mail-digests", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void digests() {
        // each step on its own: one that fails (logged) does not keep the others' reminders from going
        int noted = step("the bell's morning entries", notifications::morning);
        int removed = step("removing old notifications", bell::removeOld);
        int written = step("the follow-up digests", digests::writeToday);
        int weekly = step("the weekly city mails", cityDigests::writeToday);
        log.info(
                "Morning: {} notifications written, {} older than 90 days removed, {} follow-up digests and {} weekly"
                        + " city mails written",
                noted,
                removed,
                written,
                weekly);
        // sent by the minute's run (under its own lock: two instances never send the same mail)
    }

    /** Runs one step of the morning as the system; a failure is logged (-1) and the morning goes on. */
    private static int step(String name, java.util.function.Supplier<Integer> work) {
        try {
            return SystemTask.call(work);
        } catch (RuntimeException e) {
            log.error("Morning: {} failed", name, e);
            return -1;
        }
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
