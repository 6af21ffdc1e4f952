package org.jcpp.liaison.notifications;

/** What a notification says; each opens its record. */
public enum NotificationKind {
    /** Someone else gave the person a need (logged it for them, or moved it to them). */
    NEED_ASSIGNED,
    /** One of the person's open follow-ups is due tomorrow. */
    FOLLOW_UP_DUE_TOMORROW,
    /** One of the person's open follow-ups was due yesterday and is still open. */
    FOLLOW_UP_OVERDUE
}
