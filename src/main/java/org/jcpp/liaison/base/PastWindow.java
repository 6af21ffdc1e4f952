package org.jcpp.liaison.base;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * When a record of something that happened (a contact, a roll-call briefing, a training session) may be dated: not in
 * the future, and not more than {@link #YEARS_BACK} years back (an older date is a typing slip; such records are past
 * every retention rule anyway). The services refuse a date outside it at the field; the forms' pickers offer only
 * these days. Written once here, the rule is the same for every kind of record.
 */
public record PastWindow(LocalDate earliest, LocalDateTime latest) {

    public static final int YEARS_BACK = 10;

    /** A moment typed a little ahead of the server's clock (a phone's clock, "in five minutes") is still now. */
    public static final Duration SLACK = Duration.ofMinutes(15);

    /** The window today: from {@link #YEARS_BACK} years back to now (a day: today). */
    public static PastWindow asOf(Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        return new PastWindow(now.toLocalDate().minusYears(YEARS_BACK), now);
    }

    /** The last day a record may be dated: today. */
    public LocalDate today() {
        return latest.toLocalDate();
    }

    public boolean isFuture(LocalDate day) {
        return day.isAfter(today());
    }

    /** A moment is in the future only when it is more than {@link #SLACK} ahead of now. */
    public boolean isFuture(LocalDateTime at) {
        return at.isAfter(latest.plus(SLACK));
    }

    public boolean isTooOld(LocalDate day) {
        return day.isBefore(earliest);
    }

    /**
     * Refuses a day outside the window, naming the field: {@code keyPrefix + ".future"} or {@code keyPrefix
     * + ".too-old"} is the message.
     */
    public void check(LocalDate day, String field, String keyPrefix) {
        if (isFuture(day)) {
            throw new InvalidInputException(field, keyPrefix + ".future");
        }
        if (isTooOld(day)) {
            throw new InvalidInputException(field, keyPrefix + ".too-old");
        }
    }

    /** As {@link #check(LocalDate, String, String)}, for a moment (with the {@link #SLACK} ahead). */
    public void check(LocalDateTime at, String field, String keyPrefix) {
        if (isFuture(at)) {
            throw new InvalidInputException(field, keyPrefix + ".future");
        }
        if (isTooOld(at.toLocalDate())) {
            throw new InvalidInputException(field, keyPrefix + ".too-old");
        }
    }
}
