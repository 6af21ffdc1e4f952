package org.jcpp.liaison.surveys;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What residents of one member city answered in one quarter, over all the city's surveys: how many answers, and for
 * each standard item asked the points given and their mean — only where at least
 * {@link SurveyLimits#ANSWERS_BEFORE_FIGURES} people answered that item (else no figure: {@link Item#enough()} false).
 */
public record SurveyQuarter(long cityId, YearMonth quarter, long answers, List<Item> items) {

    /** One standard item in the quarter: answers to it; its points and mean only when there are enough of them. */
    public record Item(
            SurveyItem item,
            long answered,
            Map<Integer, Long> points,
            @Nullable Double mean) {

        public boolean enough() {
            return mean != null;
        }
    }

    public java.util.Optional<Item> item(SurveyItem wanted) {
        return items.stream().filter(i -> i.item() == wanted).findFirst();
    }

    /** The quarter's number in its year (1–4). */
    public int quarterOfYear() {
        return (quarter.getMonthValue() - 1) / 3 + 1;
    }
}
