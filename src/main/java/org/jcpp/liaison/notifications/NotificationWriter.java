package org.jcpp.liaison.notifications;

import java.time.Clock;
import java.time.LocalDate;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.committees.RecommendationRaised;
import org.jcpp.liaison.contacts.FollowUpReminders;
import org.jcpp.liaison.contacts.NeedAssigned;
import org.jcpp.liaison.imports.ImportFinished;
import org.jcpp.liaison.outreach.EventReminders;
import org.jcpp.liaison.training.TopicProposed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the notifications, each in the transaction of the change it tells of (both commit or neither): a need assigned
 * by someone else, a recommendation raised in a coordinator's city, a training topic proposed, an import's run ended.
 * Each morning: the follow-ups due tomorrow, those that became overdue (due yesterday, still open), and the events of
 * the past week that are over and still marked planned. "Today" is the app's clock.
 */
@Component
class NotificationWriter {

    private final Notifications notifications;
    private final FollowUpReminders reminders;
    private final EventReminders events;
    private final AccountDirectory accounts;
    private final Clock clock;

    /** How far back the morning looks for events still marked planned (once each: its key). */
    static final int EVENTS_LOOKED_BACK_DAYS = 7;

    NotificationWriter(
            Notifications notifications,
            FollowUpReminders reminders,
            EventReminders events,
            AccountDirectory accounts,
            Clock clock) {
        this.notifications = notifications;
        this.reminders = reminders;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The city's coordinators, but not the one who raised it. */
    @EventListener
    void raised(RecommendationRaised event) {
        for (long coordinator : accounts.coordinatorsOf(event.cityId())) {
            if (coordinator != event.byId()) {
                notifications.write(
                        coordinator,
                        NotificationKind.RECOMMENDATION_RAISED,
                        event.recommendationId(),
                        null,
                        event.cityId(),
                        event.byId(),
                        "recommendation-raised:" + event.recommendationId() + ":" + coordinator);
            }
        }
    }

    /** Every coordinator (topics are the partnership's), but not the one who proposed it. */
    @EventListener
    void proposed(TopicProposed event) {
        for (long coordinator : accounts.coordinators()) {
            if (coordinator != event.byId()) {
                notifications.write(
                        coordinator,
                        NotificationKind.TOPIC_PROPOSED,
                        event.topicId(),
                        null,
                        null,
                        event.byId(),
                        "topic-proposed:" + event.topicId() + ":" + coordinator);
            }
        }
    }

    /** The person who started the run; each run is its own entry (a batch may be checked again: another version). */
    @EventListener
    void importFinished(ImportFinished event) {
        var kind =
                switch (event.status()) {
                    case CHECKED -> NotificationKind.IMPORT_CHECKED;
                    case IMPORTED -> NotificationKind.IMPORT_DONE;
                    default -> NotificationKind.IMPORT_FAILED;
                };
        notifications.write(
                event.accountId(),
                kind,
                event.batchId(),
                null,
                null,
                null,
                "import:" + event.batchId() + ":" + event.batchVersion() + ":" + kind);
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
        for (var event : events.plannedEndedBetween(today.minusDays(EVENTS_LOOKED_BACK_DAYS), today)) {
            written += notifications.write(
                            event.organiserId(),
                            NotificationKind.EVENT_TO_RECORD,
                            event.eventId(),
                            null,
                            event.cityId(),
                            null,
                            // an event moved to a later day and over again is told of again
                            "event-to-record:" + event.eventId() + ":" + event.endsOn())
                    ? 1
                    : 0;
        }
        return written;
    }
}
