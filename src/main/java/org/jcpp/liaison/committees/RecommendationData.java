package org.jcpp.liaison.committees;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation or concern as its form sends it: the meeting it was raised at, what the committee asked for, its
 * category, the department and who there owns it, the due date, and what it links to (the needs it came from, the
 * training topics and roll-call briefings it led to). Its status and the department's response are a {@link
 * RecommendationAnswer}.
 */
public record RecommendationData(
        @NotNull(message = "validation.required") Long meetingId,

        @NotBlank(message = "validation.required")
        @Size(max = CommitteeLimits.TITLE_MAX, message = "committees.title.too-long")
        String title,

        @NotNull @Size(max = CommitteeLimits.TEXT_MAX, message = "committees.text.too-long") @MultiLine
        String request,

        @NotNull(message = "validation.required") RecommendationCategory category,
        @Nullable Long departmentId,

        @NotNull @Size(max = CommitteeLimits.OWNER_MAX, message = "committees.owner.too-long")
        String owner,

        @Nullable LocalDate dueOn,
        @NotNull Set<Long> needIds,
        @NotNull Set<Long> topicIds,
        @NotNull Set<Long> briefingIds) {

    /** A due date is not before the meeting the recommendation was raised at. */
    public void checkRecord(LocalDate raisedOn) {
        if (dueOn != null && dueOn.isBefore(raisedOn)) {
            throw new InvalidInputException("dueOn", "committees.due.before-raised");
        }
    }
}
