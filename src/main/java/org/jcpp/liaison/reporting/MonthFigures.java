package org.jcpp.liaison.reporting;

import java.time.YearMonth;

/** The chosen cities' activity in one month, for the trend charts. */
public record MonthFigures(
        YearMonth month,
        int contacts,
        int people,
        int needsRaised,
        int needsResolved,
        int briefings,
        int officersBriefed,
        int eventsHeld,
        int attendance) {}
