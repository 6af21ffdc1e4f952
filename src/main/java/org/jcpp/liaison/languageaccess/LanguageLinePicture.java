package org.jcpp.liaison.languageaccess;

import java.time.YearMonth;
import java.util.List;
import org.jcpp.liaison.rollcall.ShiftBriefing;

/**
 * A department's interpreter-line use over a span of months, with the roll-call briefings on language access in that
 * span and the before/after comparison of each round of them that began in it.
 *
 * @param months the imported months, oldest first (a month no report covered is absent)
 */
public record LanguageLinePicture(
        long departmentId,
        YearMonth from,
        YearMonth to,
        List<LineMonth> months,
        List<ShiftBriefing> briefings,
        List<RoundComparison> rounds) {

    /** The briefings on language access in a month. */
    public int briefingsIn(YearMonth month) {
        return (int) briefings.stream()
                .filter(b -> YearMonth.from(b.day()).equals(month))
                .count();
    }

    /** The imported month, if a report covered it. */
    public java.util.Optional<LineMonth> month(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst();
    }
}
