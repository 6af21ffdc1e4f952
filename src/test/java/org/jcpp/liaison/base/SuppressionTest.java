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
}
