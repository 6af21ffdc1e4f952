package org.jcpp.liaison.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void a_single_small_city_count_takes_the_next_smallest_with_it_so_the_total_does_not_reveal_it() {
        long[][] cities = {{120, 3}, {45, 60}, {7, 8}};
        var text = Suppression.table(cities, "fewer than 5", "withheld");
        // column 1: only 7 and 45 are left when 120 is kept; 7 would give 3 away from the total 172 − 120 − 45
        assertThat(text.stream().map(row -> row.get(0)).toList()).containsExactly("120", "45", "7");
        assertThat(text.stream().map(row -> row.get(1)).toList()).containsExactly("fewer than 5", "60", "withheld");
    }

    @Test
    void two_small_counts_hide_each_other_and_zeros_stay_zero() {
        long[][] cities = {{2, 0}, {4, 0}, {30, 0}};
        var text = Suppression.table(cities, "fewer than 5", "withheld");
        assertThat(text)
                .containsExactly(List.of("fewer than 5", "0"), List.of("fewer than 5", "0"), List.of("30", "0"));
    }

    @Test
    void a_column_with_one_small_count_and_only_zeros_besides_shows_the_small_count_suppressed() {
        long[][] cities = {{3}, {0}};
        assertThat(Suppression.table(cities, "fewer than 5", "withheld"))
                .containsExactly(List.of("fewer than 5"), List.of("0"));
    }

    @Test
    void in_a_table_with_row_and_column_totals_no_total_minus_the_shown_cells_gives_a_small_count_away() {
        // rows: housing, food, all needs; columns: raised, being worked on, resolved
        long[][] needs = {{12, 9, 3}, {20, 10, 10}, {32, 19, 13}};
        var text = Suppression.withMargins(needs, "<5", "w");
        // the 3 resolved housing needs hide; the row would give them away (12 − 9), so 9 hides; the columns then
        // would give 9 and 3 away (19 − 10, 13 − 10), so food's 10 and 10 hide too
        assertThat(text).containsExactly(List.of("12", "w", "<5"), List.of("20", "w", "w"), List.of("32", "19", "13"));
        for (int r = 0; r < needs.length; r++) {
            for (int c = 0; c < needs[r].length; c++) {
                long hiddenInRow = text.get(r).stream()
                        .filter(t -> t.equals("<5") || t.equals("w"))
                        .count();
                int column = c;
                long hiddenInColumn = text.stream()
                        .filter(row ->
                                row.get(column).equals("<5") || row.get(column).equals("w"))
                        .count();
                assertThat(hiddenInRow).isNotEqualTo(1);
                assertThat(hiddenInColumn).isNotEqualTo(1);
            }
        }
    }
}
