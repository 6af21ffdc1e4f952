package org.jcpp.liaison.languageaccess;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A department's use of the telephone interpreter line in one month, from its vendor's report: calls, minutes, cost. */
public record LineMonth(YearMonth month, int calls, BigDecimal minutes, BigDecimal cost) {

    public static LineMonth none(YearMonth month) {
        return new LineMonth(month, 0, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    LineMonth plus(LineMonth other) {
        return new LineMonth(month, calls + other.calls, minutes.add(other.minutes), cost.add(other.cost));
    }
}
