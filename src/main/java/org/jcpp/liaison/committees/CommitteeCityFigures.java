package org.jcpp.liaison.committees;

import org.jspecify.annotations.Nullable;

/**
 * What one city's advisory committees did in a period ({@code cityId} null: all the chosen cities): the months of the
 * period and how many of them had a meeting held (the county's "at least monthly"), the meetings held, and the
 * recommendations raised in the period with what became of them. {@code accepted} counts those accepted in full or in
 * part, done ones included; overdue is as of today; the median days from raised to the department's first answer is
 * over those answered (null when none was).
 */
public record CommitteeCityFigures(
        @Nullable Long cityId,
        int committees,
        int months,
        int monthsMet,
        int meetingsHeld,
        int raised,
        int accepted,
        int declined,
        int done,
        int overdue,
        @Nullable Double medianDaysToResponse) {}
