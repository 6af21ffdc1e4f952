package org.jcpp.liaison.contacts;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The days a need's follow-up may be due: from the day of the contact (a follow-up comes after what was asked; a
 * contact logged late may have one already past) to {@link ContactLimits#FOLLOW_UP_YEARS_AHEAD} years from today (a
 * further date is a typing slip, not a plan). The service refuses a date outside it at the field; the date picker
 * offers only these days.
 */
public record FollowUpWindow(LocalDate earliest, LocalDate latest) {

    public static FollowUpWindow forContactOn(LocalDate contactDay, Clock clock) {
        return new FollowUpWindow(contactDay, LocalDate.now(clock).plusYears(ContactLimits.FOLLOW_UP_YEARS_AHEAD));
    }

    public boolean allows(LocalDate dueOn) {
        return !dueOn.isBefore(earliest) && !dueOn.isAfter(latest);
    }
}
