package org.jcpp.liaison.outreach;

import java.time.LocalDateTime;

/**
 * One entry of the calendar: an outreach event, an advisory committee's meeting or a roll-call briefing (a whole day). Carries no personal data: a
 * title, a city, a time and where in the app it is shown.
 */
public record CalendarEntry(
        Kind kind,
        long id,
        String title,
        long cityId,
        LocalDateTime start,
        LocalDateTime end,
        boolean allDay,
        boolean cancelled,
        String route) {

    public enum Kind {
        EVENT,
        BRIEFING,
        /** An advisory committee's meeting. */
        MEETING
    }
}
