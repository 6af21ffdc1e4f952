package org.jcpp.liaison.rollcall;

import java.time.LocalDate;

/**
 * What makes two roll-call briefings the same for an import: the shift (and so the department and city), the day and
 * the officers briefed. A row with the key of a stored briefing, or of an earlier row, is a duplicate.
 */
public record BriefingKey(long shiftId, LocalDate briefedOn, int officers) {

    public static BriefingKey of(BriefingData data) {
        return new BriefingKey(data.shiftId(), data.briefedOn(), data.officers());
    }
}
