package org.jcpp.liaison.reporting;

import java.util.List;

/**
 * The coordinator's dashboard for a period and a set of cities: each city's figures, the totals, the totals of the
 * same months a year before, the monthly trend, and the languages and community groups reached. The year before is
 * compared by its counts: its row has no median days to resolve; nor have the totals, unless asked for
 * ({@code ReportingService.dashboardWithOverallMedian}, the CSV's).
 */
public record Dashboard(
        Period period,
        List<CityFigures> cities,
        CityFigures totals,
        CityFigures totalsYearBefore,
        List<MonthFigures> months,
        List<ReachCount> languages,
        List<ReachCount> groups) {}
