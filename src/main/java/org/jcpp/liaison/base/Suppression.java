package org.jcpp.liaison.base;

/**
 * Small-cell suppression for everything that leaves the app: a count from 1 to 4 could point to a person, so it is
 * shown as "fewer than 5". Zero stays zero.
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
}
