package org.jcpp.liaison.outreach;

/** An event is planned, then held or cancelled. */
public enum EventStatus {
    PLANNED,
    HELD,
    CANCELLED
}
