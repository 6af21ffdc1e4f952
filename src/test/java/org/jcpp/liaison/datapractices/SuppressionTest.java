package org.jcpp.liaison.datapractices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuppressionTest {

    @Test
    void counts_from_one_to_four_read_fewer_than_five_and_zero_stays_zero() {
        assertThat(Suppression.count(0, "fewer than 5")).isEqualTo("0");
        assertThat(Suppression.count(1, "fewer than 5")).isEqualTo("fewer than 5");
        assertThat(Suppression.count(4, "fewer than 5")).isEqualTo("fewer than 5");
        assertThat(Suppression.count(5, "fewer than 5")).isEqualTo("5");
    }

    @Test
    void a_total_over_a_hidden_part_is_the_range_the_shown_parts_allow_so_it_never_gives_the_part_away() {
        // cities 1, 5, 20: an exact 26 would give the 1 away (26 − 5 − 20)
        assertThat(Suppression.total(new long[] {1, 5, 20}, "fewer than 5")).isEqualTo("26–29");
        // two hidden parts: an exact 52 would give both away (52 − 50 = 2, so 1 and 1)
        assertThat(Suppression.total(new long[] {1, 1, 50}, "fewer than 5")).isEqualTo("52–58");
    }

    @Test
    void a_total_without_hidden_parts_is_exact_and_a_single_part_reads_as_the_part() {
        assertThat(Suppression.total(new long[] {0, 5, 20}, "fewer than 5")).isEqualTo("25");
        assertThat(Suppression.total(new long[] {3}, "fewer than 5")).isEqualTo("fewer than 5");
        assertThat(Suppression.total(new long[] {0, 3, 0}, "fewer than 5")).isEqualTo("fewer than 5");
        assertThat(Suppression.total(new long[] {12}, "fewer than 5")).isEqualTo("12");
        assertThat(Suppression.total(new long[] {}, "fewer than 5")).isEqualTo("0");
    }
}
