package org.jcpp.liaison.committees;

import java.time.YearMonth;

/**
 * Whether a committee met in a month ("at least monthly", the county asks): the meetings held in it. A month of the
 * period with no meeting held is a gap.
 */
public record MonthMet(YearMonth month, int held) {

    public boolean isGap() {
        return held == 0;
    }
}
