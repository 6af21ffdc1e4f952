package org.jcpp.liaison.languageaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.rollcall.ShiftBriefing;
import org.junit.jupiter.api.Test;

class RoundComparisonTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void briefings_a_few_weeks_apart_are_one_round_and_a_later_one_starts_another() {
        var rounds = BriefingRound.of(
                List.of(
                        new ShiftBriefing(LocalDate.of(2026, 3, 10), 1, 12),
                        new ShiftBriefing(LocalDate.of(2026, 3, 2), 2, 9),
                        new ShiftBriefing(LocalDate.of(2026, 4, 1), 1, 10), // 22 days after the 10th: same round
                        new ShiftBriefing(LocalDate.of(2026, 9, 15), 3, 8)),
                3);
        assertThat(rounds).hasSize(2);
        assertThat(rounds.getFirst())
                .isEqualTo(new BriefingRound(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), 3, 2, 3, 31));
        assertThat(rounds.getLast().first()).isEqualTo(LocalDate.of(2026, 9, 15));
    }

    @Test
    void the_three_whole_months_before_the_first_month_are_compared_with_the_three_after_the_last() {
        var round = new BriefingRound(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1), 3, 2, 3, 31);
        Map<YearMonth, LineMonth> months = new HashMap<>();
        int[] calls = {0, 10, 12, 14, 99, 99, 20, 22, 24, 0}; // Nov 2025 … Aug 2026
        for (int i = 0; i < calls.length; i++) {
            YearMonth month = YearMonth.of(2025, 11).plusMonths(i);
            months.put(month, new LineMonth(month, calls[i], BigDecimal.valueOf(calls[i] * 7L), BigDecimal.ONE));
        }
        var comparison = RoundComparison.of(round, months, NOW);
        assertThat(comparison.before())
                .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(comparison.after())
                .containsExactly(YearMonth.of(2026, 5), YearMonth.of(2026, 6), YearMonth.of(2026, 7));
        assertThat(comparison.callsBefore()).isEqualTo(10 + 12 + 14);
        assertThat(comparison.callsAfter()).isEqualTo(20 + 22 + 24);
        assertThat(comparison.callsChangePercent()).isEqualTo(83); // 66 / 36 = 1.833…
        assertThat(comparison.minutesChangePercent()).isEqualTo(83);
        assertThat(comparison.complete()).isTrue();
        assertThat(comparison.smallNumbers()).isFalse();
        assertThat(comparison.shiftCoveragePercent()).isEqualTo(67);
    }

    @Test
    void a_month_the_vendor_reports_do_not_cover_makes_the_comparison_incomplete_not_zero() {
        var round = new BriefingRound(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20), 2, 2, 2, 20);
        Map<YearMonth, LineMonth> months = new HashMap<>();
        for (YearMonth m : List.of(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2))) {
            months.put(m, new LineMonth(m, 4, BigDecimal.TEN, BigDecimal.ONE));
        }
        months.put(YearMonth.of(2026, 4), new LineMonth(YearMonth.of(2026, 4), 6, BigDecimal.TEN, BigDecimal.ONE));
        var comparison = RoundComparison.of(round, months, NOW);
        assertThat(comparison.monthsMissing()).isEqualTo(2);
        assertThat(comparison.complete()).isFalse();
        assertThat(comparison.smallNumbers()).isTrue(); // 12 before + 6 after
    }

    @Test
    void no_calls_before_gives_no_percentage() {
        var round = new BriefingRound(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), 1, 1, 3, 9);
        assertThat(RoundComparison.of(round, Map.of(), NOW).callsChangePercent())
                .isNull();
    }

    @Test
    void a_round_whose_three_months_after_have_not_all_ended_is_pending() {
        var round = new BriefingRound(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 20), 2, 2, 3, 20);
        var comparison = RoundComparison.of(round, Map.of(), YearMonth.of(2026, 12));
        assertThat(comparison.after())
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(comparison.pending()).isTrue();
        assertThat(comparison.readableFrom()).isEqualTo(YearMonth.of(2027, 1));
        assertThat(RoundComparison.of(round, Map.of(), YearMonth.of(2027, 1)).pending())
                .isFalse();
    }
}
