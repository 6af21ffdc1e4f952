package org.jcpp.liaison.committees;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which recommendations a list shows: any field may be left empty; {@code overdueOnly} keeps the overdue ones. */
public record RecommendationFilter(
        @Nullable Long cityId,
        @Nullable Long committeeId,
        @Nullable RecommendationStatus status,
        @Nullable RecommendationCategory category,
        boolean overdueOnly,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static RecommendationFilter all() {
        return new RecommendationFilter(null, null, null, null, false, null, null);
    }

    public static RecommendationFilter ofCommittee(long committeeId) {
        return new RecommendationFilter(null, committeeId, null, null, false, null, null);
    }
}
