package org.jcpp.liaison.committees;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a recommendation stands: raised at a meeting, under review by the department, then its answer (accepted,
 * partly accepted, declined with reasons) and done when what was accepted was carried out. {@link #next()} gives the
 * steps: forward freely to an answer; an answer may be changed or taken back to review; a declined one can only go
 * back to review; done is reopened to review.
 */
public enum RecommendationStatus {
    RAISED,
    UNDER_REVIEW,
    ACCEPTED,
    PARTLY_ACCEPTED,
    DECLINED,
    DONE;

    /** Still waiting for the department (the overdue counts and the open list mean these). */
    public static final List<RecommendationStatus> OPEN_STATUSES =
            List.of(RAISED, UNDER_REVIEW, ACCEPTED, PARTLY_ACCEPTED);

    /**
     * {@link #OPEN_STATUSES} as an SQL list of literals for native statements ({@code 'RAISED', …}); the partial index
     * of 0037 names the others (DONE, DECLINED).
     */
    public static final String OPEN_SQL =
            OPEN_STATUSES.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    public boolean isOpen() {
        return OPEN_STATUSES.contains(this);
    }

    /** The department has answered: accepted, partly accepted, declined or done (a coordinator records these). */
    public boolean isAnswer() {
        return this != RAISED && this != UNDER_REVIEW;
    }

    /** The department's response in words is required: a partial acceptance, a decline (its reasons) and done. */
    public boolean needsResponse() {
        return this == PARTLY_ACCEPTED || this == DECLINED || this == DONE;
    }

    /** The statuses a recommendation in this one may be moved to (not this one itself). */
    public Set<RecommendationStatus> next() {
        return switch (this) {
            case RAISED -> EnumSet.of(UNDER_REVIEW, ACCEPTED, PARTLY_ACCEPTED, DECLINED);
            case UNDER_REVIEW -> EnumSet.of(RAISED, ACCEPTED, PARTLY_ACCEPTED, DECLINED);
            case ACCEPTED -> EnumSet.of(UNDER_REVIEW, PARTLY_ACCEPTED, DECLINED, DONE);
            case PARTLY_ACCEPTED -> EnumSet.of(UNDER_REVIEW, ACCEPTED, DECLINED, DONE);
            case DECLINED, DONE -> EnumSet.of(UNDER_REVIEW);
        };
    }

    public boolean mayMoveTo(RecommendationStatus to) {
        return to == this || next().contains(to);
    }
}
