package org.jcpp.liaison.outreach;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One line of an events list. */
public record EventRow(
        long id,
        String title,
        EventType type,
        long cityId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        EventStatus status,
        @Nullable Integer attendance,
        long organiserId) {}
