package org.jcpp.liaison.datapractices;

/**
 * Small-cell suppression for everything that leaves the app: a count from 1 to 4 could point to a person, so it is
 * shown as "fewer than 5". Zero stays zero. A total printed beside its parts is exact only when no part is hidden;
 * otherwise it is the range the parts shown allow, so that the total minus the parts shown never gives a hidden count
 * away.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {}

    /** Whether a count is small enough to point to a person (1–4). */
    public static boolean isSmall(long value) {
        return value > 0 && value < THRESHOLD;
    }

    /** The count as text, or {@code fewerThanFive} for 1–4. */
    public static String count(long value, String fewerThanFive) {
        return isSmall(value) ? fewerThanFive : String.valueOf(value);
    }

    /**
     * The sum of {@code parts} as text for a table that also prints the parts (each with {@link #count}): the exact
     * sum when no part is hidden, else the range from the parts shown plus 1 for each hidden part to the parts shown
     * plus 4 for each ("121–128"). That range is what a reader can work out from the parts anyway, so the total tells
     * nothing more. A single part is printed as {@link #count} prints it.
     */
    public static String total(long[] parts, String fewerThanFive) {
        if (parts.length == 1) {
            return count(parts[0], fewerThanFive);
        }
        long shown = 0;
        int hidden = 0;
        for (long part : parts) {
            if (isSmall(part)) {
                hidden++;
            } else {
                shown += part;
            }
        }
        if (hidden == 0) {
            return String.valueOf(shown);
        }
        if (hidden == 1 && shown == 0) {
            return fewerThanFive; // the total is the one hidden count
        }
        return (shown + hidden) + "–" + (shown + (THRESHOLD - 1L) * hidden);
    }
}
