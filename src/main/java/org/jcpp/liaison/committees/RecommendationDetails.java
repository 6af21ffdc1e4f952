package org.jcpp.liaison.committees;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation as its page shows it: what was asked, at which meeting of which committee, where it stands, the
 * response, its history and links, and what the signed-in user may do with it.
 */
public record RecommendationDetails(
        long id,
        long version,
        long committeeId,
        String committeeName,
        long cityId,
        LocalDate raisedOn,
        RecommendationData data,
        RecommendationStatus status,
        String response,
        @Nullable LocalDate respondedOn,
        boolean overdue,
        List<HistoryEntry> history,
        boolean canEdit,
        boolean canAnswer,
        boolean canDelete) {

    /** One step of the history: when, by whom (an account id), what. */
    public record HistoryEntry(java.time.Instant at, long byId, RecommendationChange change) {}

    public RecommendationAnswer answer() {
        return new RecommendationAnswer(status, response);
    }
}
