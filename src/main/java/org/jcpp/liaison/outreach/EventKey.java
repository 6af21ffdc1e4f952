package org.jcpp.liaison.outreach;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What makes two outreach events the same for an import: the city, the type, the start (to the minute) and the
 * headcount. A row of a spreadsheet with the key of a stored event, or of an earlier row, is a duplicate.
 */
public record EventKey(
        long cityId,
        EventType type,
        LocalDateTime startsAt,
        @Nullable Integer attendance) {

    public static EventKey of(EventData data) {
        return new EventKey(
                data.cityId(), data.type(), data.startsAt().withSecond(0).withNano(0), data.attendance());
    }
}
