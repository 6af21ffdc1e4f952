package org.jcpp.liaison.reporting;

import java.time.YearMonth;

/** What one member city did in one quarter (its first month), beside what its residents said in the surveys. */
public record CityQuarter(long cityId, YearMonth quarter, int contacts, int people, int briefings, int eventsHeld) {}
