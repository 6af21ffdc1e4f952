package org.jcpp.liaison.notifications;

import java.time.Clock;
import java.time.LocalDate;
import org.jcpp.liaison.contacts.FollowUpReminders;
import org.jcpp.liaison.contacts.NeedAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the notifications: a need assigned by someone else (in the assignment's own transaction, so both commit or
 * neither), and each morning the follow-ups due tomorrow and those that became overdue (due yesterday, still open).
 */
@Component
class NotificationWriter {

    private final Notifications notifications;
    private final FollowUpReminders reminders;
    private final Clock clock;

    NotificationWriter(Notifications notifications, FollowUpReminders reminders, Clock clock) {
        this.notifications = notifications;
        this.reminders = reminders;
        this.clock = clock;
    }

    @EventListener
    void assigned(NeedAssigned event) {
        notifications.write(
                event.ownerId(),
                NotificationKind.NEED_ASSIGNED,
                event.needId(),
                event.category(),
                event.cityId(),
                event.byId(),
                "need-assigned:" + event.needId() + ":" + event.version() + ":" + event.ownerId());
    }

    /** The morning's follow-up notifications; returns how many were written (none twice). */
    int morning() {
        LocalDate today = LocalDate.now(clock);
        int written = 0;
        for (var due : reminders.openDueOn(today.plusDays(1))) {
            written += notifications.write(
                            due.ownerId(),
                            NotificationKind.FOLLOW_UP_DUE_TOMORROW,
                            due.needId(),
                            due.category(),
                            due.cityId(),
                            null,
                            "due-tomorrow:" + due.needId() + ":" + today.plusDays(1))
                    ? 1
                    : 0;
        }
        for (var due : reminders.openDueOn(today.minusDays(1))) {
            written += notifications.write(
                            due.ownerId(),
                            NotificationKind.FOLLOW_UP_OVERDUE,
                            due.needId(),
                            due.category(),
                            due.cityId(),
                            null,
                            "overdue:" + due.needId() + ":" + today.minusDays(1))
                    ? 1
                    : 0;
        }
        return written;
    }
}
