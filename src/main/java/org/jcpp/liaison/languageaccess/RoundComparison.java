package org.jcpp.liaison.languageaccess;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Did the round of briefings change the use of the language line? The vendor's figures are monthly, so "the 90 days
 * before and after" are read as the {@link #MONTHS} whole months before the round's first month and the
 * {@link #MONTHS} whole months after its last one (the months of the round itself are left out). A month the vendor's
 * reports do not cover is missing, not zero: the comparison is then incomplete and says so.
 */
public record RoundComparison(
        BriefingRound round,
        List<YearMonth> before,
        List<YearMonth> after,
        int callsBefore,
        int callsAfter,
        BigDecimal minutesBefore,
        BigDecimal minutesAfter,
        int monthsMissing,
        boolean pending) {

    public static final int MONTHS = 3;

    /** Below this many calls before and after together, a change says little (shown with the caveat). */
    public static final int SMALL_NUMBERS = 30;

    /**
     * Compares the months around the round; {@code months} holds the imported months of the department. While the
     * last month after the round has not ended ({@code current} is the month now), the comparison is pending.
     */
    public static RoundComparison of(BriefingRound round, Map<YearMonth, LineMonth> months, YearMonth current) {
        List<YearMonth> before = IntStream.rangeClosed(1, MONTHS)
                .mapToObj(i -> round.firstMonth().minusMonths(MONTHS + 1 - i))
                .toList();
        List<YearMonth> after = IntStream.rangeClosed(1, MONTHS)
                .mapToObj(i -> round.lastMonth().plusMonths(i))
                .toList();
        LineMonth sumBefore = sum(before, months);
        LineMonth sumAfter = sum(after, months);
        int missing = (int) java.util.stream.Stream.concat(before.stream(), after.stream())
                .filter(m -> !months.containsKey(m))
                .count();
        return new RoundComparison(
                round,
                before,
                after,
                sumBefore.calls(),
                sumAfter.calls(),
                sumBefore.minutes(),
                sumAfter.minutes(),
                missing,
                !after.getLast().isBefore(current));
    }

    /** The first month in which the comparison can be read: the month after the last month it counts. */
    public YearMonth readableFrom() {
        return after.getLast().plusMonths(1);
    }

    private static LineMonth sum(List<YearMonth> span, Map<YearMonth, LineMonth> months) {
        var total = LineMonth.none(span.getFirst());
        for (YearMonth month : span) {
            total = total.plus(months.getOrDefault(month, LineMonth.none(month)));
        }
        return total;
    }

    public boolean complete() {
        return monthsMissing == 0;
    }

    /** The change in calls, in percent of the calls before (rounded); null when there were none before. */
    public @Nullable Integer callsChangePercent() {
        return callsBefore == 0 ? null : percent(callsAfter - callsBefore, callsBefore);
    }

    public @Nullable Integer minutesChangePercent() {
        return minutesBefore.signum() == 0
                ? null
                : minutesAfter
                        .subtract(minutesBefore)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(minutesBefore, 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    /** Too few calls for the change to mean much. */
    public boolean smallNumbers() {
        return callsBefore + callsAfter < SMALL_NUMBERS;
    }

    /** The share of the department's shifts the round reached, in percent. */
    public int shiftCoveragePercent() {
        return round.shifts() == 0 ? 0 : percent(round.shiftsReached(), round.shifts());
    }

    private static int percent(int part, int whole) {
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .intValue();
    }
}
