package org.jcpp.liaison.outreach;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A series with its sessions (oldest first) and their attendance. */
public record SeriesDetails(
        long id,
        long version,
        String title,
        long cityId,
        long organiserId,
        int participantsEnrolled,
        @Nullable Integer participantsCompleted,
        List<EventRow> sessions,
        boolean canEdit) {}
