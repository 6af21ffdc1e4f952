package org.jcpp.liaison.committees;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A committee's report-back, "you told us, we did": every recommendation raised in the period with where it stands
 * and the department's response, in the order raised. The committee's own words and the department's: no person.
 */
public record CommitteeReportBack(
        long committeeId, String committeeName, long cityId, String reportLanguage, List<Line> lines) {

    public record Line(
            LocalDate raisedOn,
            String title,
            String request,
            RecommendationCategory category,
            RecommendationStatus status,
            String response,
            @Nullable LocalDate dueOn,
            @Nullable LocalDate respondedOn) {}
}
