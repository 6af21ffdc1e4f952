package org.jcpp.liaison.base;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * A table whose columns are published with their totals (e.g. cities × figures, with an "all cities" row), as
     * text. In each column the counts of 1–4 are hidden; when that hides a single cell, the smallest other non-zero
     * cell is hidden too (complementary suppression), so the total minus the cells shown does not give the hidden
     * count away; such a cell reads {@code withheld}.
     */
    public static List<List<String>> table(long[][] rows, String fewerThanFive, String withheld) {
        int columns = rows.length == 0 ? 0 : rows[0].length;
        boolean[][] hidden = new boolean[rows.length][columns];
        for (int column = 0; column < columns; column++) {
            int small = 0;
            int smallestShown = -1;
            for (int row = 0; row < rows.length; row++) {
                long value = rows[row][column];
                if (isSmall(value)) {
                    hidden[row][column] = true;
                    small++;
                } else if (value > 0 && (smallestShown < 0 || value < rows[smallestShown][column])) {
                    smallestShown = row;
                }
            }
            if (small == 1 && smallestShown >= 0) {
                hidden[smallestShown][column] = true;
            }
        }
        var text = new ArrayList<List<String>>();
        for (int row = 0; row < rows.length; row++) {
            var cells = new ArrayList<String>(columns);
            for (int column = 0; column < columns; column++) {
                long value = rows[row][column];
                cells.add(!hidden[row][column] ? String.valueOf(value) : isSmall(value) ? fewerThanFive : withheld);
            }
            text.add(cells);
        }
        return text;
    }
}
