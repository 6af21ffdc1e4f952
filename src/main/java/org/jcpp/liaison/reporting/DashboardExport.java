package org.jcpp.liaison.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.datapractices.CsvFile;
import org.jcpp.liaison.datapractices.Suppression;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's city-by-city table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read accents), with
 * small-cell suppression (a total over a hidden city count is a range); every export is in the audit trail.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class DashboardExport {

    /** The columns, by translation key, in order: the dashboard's table on screen has the same. */
    public static final List<String> COLUMNS = List.of(
            "contacts.city",
            "dashboard.contacts",
            "dashboard.people",
            "dashboard.needs-raised",
            "dashboard.needs-resolved",
            "dashboard.needs-overdue",
            "dashboard.median-days",
            "dashboard.briefings",
            "dashboard.officers-briefed",
            "dashboard.sessions",
            "dashboard.training-hours",
            "dashboard.officers-trained",
            "dashboard.events",
            "dashboard.attendance",
            "dashboard.police-at-events",
            "dashboard.volunteer-hours",
            "dashboard.languages",
            "dashboard.groups",
            "dashboard.language-line");

    /** The columns that are not counts (a median and hours): printed as they are, never suppressed nor summed. */
    private static final List<String> MEASURES =
            List.of("dashboard.median-days", "dashboard.training-hours", "dashboard.volunteer-hours");

    /** The counts among the columns after the city's name, in order: what {@link #values} returns. */
    private static final List<String> COUNTS = COLUMNS.subList(1, COLUMNS.size()).stream()
            .filter(column -> !MEASURES.contains(column))
            .toList();

    /** The counts of {@link #values} that count distinct languages and groups: not sums over the cities. */
    private static final int LANGUAGES = COUNTS.indexOf("dashboard.languages");

    private static final int GROUPS = COUNTS.indexOf("dashboard.groups");

    private final ReportingService reporting;
    private final ReferenceDataService referenceData;
    private final AuditTrail audit;

    DashboardExport(ReportingService reporting, ReferenceDataService referenceData, AuditTrail audit) {
        this.reporting = reporting;
        this.referenceData = referenceData;
        this.audit = audit;
    }

    /**
     * The table for the period and cities as CSV bytes. {@code text} translates a key (headers, "fewer than 5", the
     * totals row) in the user's language.
     */
    @Transactional
    public byte[] cityTable(Period period, Collection<Long> cityIds, Function<String, String> text) {
        Dashboard dashboard = reporting.dashboardWithOverallMedian(period, cityIds);
        Map<Long, String> names = referenceData.allCityNames();
        String fewer = text.apply("report.fewer-than-5");
        var figures = new long[dashboard.cities().size()][];
        for (int i = 0; i < figures.length; i++) {
            figures[i] = values(dashboard.cities().get(i));
        }
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < figures.length; i++) {
            var row = new ArrayList<String>();
            row.add(names.getOrDefault(dashboard.cities().get(i).cityId(), ""));
            for (long value : figures[i]) {
                row.add(Suppression.count(value, fewer));
            }
            rows.add(withMeasures(row, dashboard.cities().get(i)));
        }
        // the totals row: sums over the cities as ranges where a city's count is hidden; languages and groups
        // reached are distinct counts across the cities (not sums), printed as they are
        long[] distinctTotals = values(dashboard.totals());
        var totals = new ArrayList<String>();
        totals.add(text.apply("report.all-cities"));
        for (int column = 0; column < distinctTotals.length; column++) {
            if (column == LANGUAGES || column == GROUPS) {
                totals.add(Suppression.count(distinctTotals[column], fewer));
            } else {
                long[] parts = new long[figures.length];
                for (int i = 0; i < figures.length; i++) {
                    parts[i] = figures[i][column];
                }
                totals.add(Suppression.total(parts, fewer));
            }
        }
        rows.add(withMeasures(totals, dashboard.totals()));
        byte[] csv = CsvFile.write(COLUMNS.stream().map(text).toList(), rows);
        audit.exported(
                RecordType.REPORT,
                0,
                null,
                "dashboard CSV " + period.from() + ".." + period.to() + " cities "
                        + dashboard.cities().size());
        return csv;
    }

    /** The row (the city's name, then the counts) with the median and the hours put in their columns. */
    private static List<String> withMeasures(List<String> counts, CityFigures f) {
        var row = new ArrayList<String>();
        int next = 0;
        for (String column : COLUMNS) {
            row.add(
                    switch (column) {
                        case "dashboard.median-days" ->
                            f.medianDaysToResolve() == null
                                    ? "–"
                                    : BigDecimal.valueOf(f.medianDaysToResolve())
                                            .setScale(1, RoundingMode.HALF_UP)
                                            .toPlainString();
                        case "dashboard.training-hours" -> f.trainingHours().toPlainString();
                        case "dashboard.volunteer-hours" -> f.volunteerHours().toPlainString();
                        default -> counts.get(next++);
                    });
        }
        return row;
    }

    /** The counts of a row, in the order of {@link #COUNTS}. */
    private static long[] values(CityFigures f) {
        return new long[] {
            f.contacts(),
            f.people(),
            f.needsRaised(),
            f.needsResolved(),
            f.needsOverdue(),
            f.briefings(),
            f.officersBriefed(),
            f.sessions(),
            f.officersTrained(),
            f.eventsHeld(),
            f.attendance(),
            f.officersAtEvents() + f.recruitsAtEvents(),
            f.languagesReached(),
            f.groupsReached(),
            f.languageLine()
        };
    }
}
