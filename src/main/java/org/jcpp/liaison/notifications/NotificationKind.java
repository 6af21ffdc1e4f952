package org.jcpp.liaison.notifications;

/** What a notification says; each opens its record. */
public enum NotificationKind {
    /** Someone else gave the person a need (logged it for them, or moved it to them). */
    NEED_ASSIGNED,
    /** One of the person's open follow-ups is due tomorrow. */
    FOLLOW_UP_DUE_TOMORROW,
    /** One of the person's open follow-ups was due yesterday and is still open. */
    FOLLOW_UP_OVERDUE,
    /** A coordinator's: a recommendation raised in one of their cities waits for them to take it to the department. */
    RECOMMENDATION_RAISED,
    /** A coordinator's: a training topic was proposed and waits for their approval. */
    TOPIC_PROPOSED,
    /** An event the person planned is over and still marked planned: record how it went (or that it was cancelled). */
    EVENT_TO_RECORD,
    /** The check (dry run) of an import the person started is done. */
    IMPORT_CHECKED,
    /** An import the person started is done. */
    IMPORT_DONE,
    /** An import's check or run the person started stopped: the file could not be read to the end. */
    IMPORT_FAILED;

    /** The route of the record it opens (followed by its id), or none (the notifications page). */
    public String route() {
        return switch (this) {
            case NEED_ASSIGNED, FOLLOW_UP_DUE_TOMORROW, FOLLOW_UP_OVERDUE -> "need";
            case RECOMMENDATION_RAISED -> "committees/recommendation";
            case TOPIC_PROPOSED -> "training/topic";
            case EVENT_TO_RECORD -> "event";
            case IMPORT_CHECKED, IMPORT_DONE, IMPORT_FAILED -> "imports/batch";
        };
    }
}
