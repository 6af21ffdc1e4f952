package org.jcpp.liaison.reporting;

/**
 * Small-cell suppression for everything that leaves the app: a count from 1 to 4 could point to a person, so it is
 * shown as "fewer than 5". Zero stays zero.
 */
public final class Suppression {

    public static final int THRESHOLD = 5;

    private Suppression() {}

    /** The count as text, or {@code fewerThanFive} for 1–4. */
    public static String count(long value, String fewerThanFive) {
        return value > 0 && value < THRESHOLD ? fewerThanFive : String.valueOf(value);
    }
}
