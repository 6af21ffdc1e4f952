package org.jcpp.liaison.reporting;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What one member city (or all the chosen cities together: {@code cityId} null) did in a period. Overdue needs are as
 * of today; the median days to resolve is over the needs resolved in the period (null when none were, and in the
 * totals of all the cities unless asked for: {@code ReportingService.dashboardWithOverallMedian}).
 */
public record CityFigures(
        @Nullable Long cityId,
        int contacts,
        int people,
        int languageLine,
        int needsRaised,
        int needsResolved,
        int needsOverdue,
        @Nullable Double medianDaysToResolve,
        int briefings,
        int officersBriefed,
        int sessions,
        BigDecimal trainingHours,
        int officersTrained,
        int eventsHeld,
        int attendance,
        int officersAtEvents,
        int recruitsAtEvents,
        BigDecimal volunteerHours,
        int languagesReached,
        int groupsReached) {}
