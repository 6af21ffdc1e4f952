package org.jcpp.liaison.base;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How many rows a long list holds: the exact number up to {@link #EXACT_UP_TO}, beyond that an estimate, as large
 * search systems show "about 12,000 results". Counting every row of a list that a user will never scroll through cost
 * the most of its first page at a million contacts; finding the newest {@code EXACT_UP_TO + 1} rows costs little, and
 * the time they span tells the rest.
 *
 * @param count the number of rows; or the estimate rounded to two significant digits, {@code EXACT_UP_TO} meaning "more
 *     than that" when the rows' times tell no more
 * @param exact whether {@code count} is the number of rows
 */
public record ListSize(long count, boolean exact) {

    /** Up to this many rows a list says exactly how many it holds. */
    public static final int EXACT_UP_TO = 1000;

    public static ListSize exactly(long count) {
        return new ListSize(count, true);
    }

    /**
     * The size of a list of rows kept over time, from the times of its newest rows, newest first, as a query limited to
     * {@code EXACT_UP_TO + 1} rows found them: all of them when there are no more; else the rows are assumed to come
     * at the rate of the newest ones since {@code since} (the list's first day, or its oldest row's when it has none):
     * {@code EXACT_UP_TO × (newest − since) / (newest − the last of them)}; "more than {@code EXACT_UP_TO}" when that is
     * no more or the times cannot tell (all the same, or no first day).
     */
    public static ListSize ofNewest(List<LocalDateTime> newestFirst, @Nullable LocalDateTime since) {
        if (newestFirst.size() <= EXACT_UP_TO) {
            return exactly(newestFirst.size());
        }
        LocalDateTime newest = newestFirst.getFirst();
        LocalDateTime edge = newestFirst.get(EXACT_UP_TO);
        long newestSpan = Duration.between(edge, newest).toSeconds();
        long wholeSpan = since == null ? 0 : Duration.between(since, newest).toSeconds();
        var moreThanExact = new ListSize(EXACT_UP_TO, false);
        if (newestSpan <= 0 || wholeSpan <= newestSpan) {
            return moreThanExact;
        }
        double estimate = (double) EXACT_UP_TO * wholeSpan / newestSpan;
        long rounded = new BigDecimal(estimate)
                .round(new MathContext(2, RoundingMode.HALF_UP))
                .longValue();
        return rounded <= EXACT_UP_TO ? moreThanExact : new ListSize(rounded, false);
    }
}
