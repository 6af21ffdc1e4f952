package org.jcpp.liaison.committees;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One line of the recommendations list. */
public record RecommendationRow(
        long id,
        long committeeId,
        long cityId,
        LocalDate raisedOn,
        String title,
        RecommendationCategory category,
        RecommendationStatus status,
        @Nullable LocalDate dueOn,
        @Nullable LocalDate respondedOn,
        boolean overdue) {}
