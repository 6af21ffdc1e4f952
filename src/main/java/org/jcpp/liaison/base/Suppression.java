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

    /**
     * A cross-table published with its margins, as text: the first column holds each row's total and the last row
     * each column's total. Counts of 1–4 are hidden; then, until nothing changes, any row or column with exactly one
     * hidden cell hides its smallest other non-zero cell as well, so no margin minus the cells shown gives a hidden
     * count away.
     */
    public static List<List<String>> withMargins(long[][] table, String fewerThanFive, String withheld) {
        int rows = table.length;
        int columns = rows == 0 ? 0 : table[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = isSmall(table[r][c]);
            }
        }
        var lines = new ArrayList<int[][]>();
        for (int r = 0; r < rows; r++) {
            int[][] line = new int[columns][];
            for (int c = 0; c < columns; c++) {
                line[c] = new int[] {r, c};
            }
            lines.add(line);
        }
        for (int c = 0; c < columns; c++) {
            int[][] line = new int[rows][];
            for (int r = 0; r < rows; r++) {
                line[r] = new int[] {r, c};
            }
            lines.add(line);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[][] line : lines) {
                int count = 0;
                int[] smallestShown = null;
                for (int[] cell : line) {
                    long value = table[cell[0]][cell[1]];
                    if (hidden[cell[0]][cell[1]]) {
                        count++;
                    } else if (value > 0
                            && (smallestShown == null || value < table[smallestShown[0]][smallestShown[1]])) {
                        smallestShown = cell;
                    }
                }
                if (count == 1 && smallestShown != null) {
                    hidden[smallestShown[0]][smallestShown[1]] = true;
                    changed = true;
                }
            }
        }
        var text = new ArrayList<List<String>>();
        for (int r = 0; r < rows; r++) {
            var cells = new ArrayList<String>(columns);
            for (int c = 0; c < columns; c++) {
                long value = table[r][c];
                cells.add(!hidden[r][c] ? String.valueOf(value) : isSmall(value) ? fewerThanFive : withheld);
            }
            text.add(cells);
        }
        return text;
    }
}
