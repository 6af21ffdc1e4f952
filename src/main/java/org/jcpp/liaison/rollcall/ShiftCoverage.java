package org.jcpp.liaison.rollcall;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One shift of a department in the coverage view: when it was last briefed (on the chosen topic, up to the end of the
 * period; null if never), and the briefings and officers reached in the period.
 */
public record ShiftCoverage(
        long cityId,
        long departmentId,
        String departmentName,
        long shiftId,
        String shiftName,
        @Nullable LocalDate lastBriefed,
        int briefings,
        int officersReached) {

    public boolean reachedInPeriod() {
        return briefings > 0;
    }
}
