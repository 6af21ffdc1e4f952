package org.jcpp.liaison.outreach;

import java.time.LocalDateTime;

/**
 * One entry of the calendar: an outreach event or a roll-call briefing. Carries no personal data: a title, a place
 * (city), a time and where in the app it is shown.
 */
public record CalendarEntry(
        Kind kind,
        long id,
        String title,
        long cityId,
        LocalDateTime start,
        LocalDateTime end,
        boolean allDay,
        String route) {

    public enum Kind {
        EVENT,
        BRIEFING
    }
}
