package org.jcpp.liaison.notifications;

/** How often a person gets a digest: never, every morning, or on Monday mornings. */
public enum MailFrequency {
    OFF,
    DAILY,
    WEEKLY
}
