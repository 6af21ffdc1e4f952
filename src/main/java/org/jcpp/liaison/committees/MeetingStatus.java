package org.jcpp.liaison.committees;

/** A meeting planned (in the calendar), held (with its attendance and minutes) or cancelled. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
