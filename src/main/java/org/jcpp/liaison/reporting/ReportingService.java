package org.jcpp.liaison.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.ParallelReads;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.reporting.domain.ReportQueries;
import org.jcpp.liaison.reporting.domain.ReportQueries.CityReach;
import org.jcpp.liaison.reporting.domain.ReportQueries.Reached;
import org.jcpp.liaison.reporting.domain.ReportQueries.Resolved;
import org.jcpp.liaison.reporting.domain.ReportQueries.Sums;
import org.jcpp.liaison.training.TopicStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures, read from the monthly summaries (refreshed by {@link ReportingRefresh}) plus two live,
 * indexed figures (overdue needs, median days to resolve). Only the signed-in user's cities are ever read: a city
 * outside them is refused, not silently left out.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class ReportingService {

    private final ReportQueries queries;
    private final CurrentUser currentUser;
    private final ReferenceDataService referenceData;
    private final java.time.Clock clock;
    private final org.jcpp.liaison.surveys.SurveyReports surveys;

    ReportingService(
            ReportQueries queries,
            CurrentUser currentUser,
            ReferenceDataService referenceData,
            org.jcpp.liaison.surveys.SurveyReports surveys,
            java.time.Clock clock) {
        this.surveys = surveys;
        this.queries = queries;
        this.clock = clock;
        this.currentUser = currentUser;
        this.referenceData = referenceData;
    }

    /** The cities the user may report on, by name order. */
    public List<Long> cities() {
        CityScope scope = currentUser.scope();
        return referenceData.allCityNames().keySet().stream()
                .filter(scope::allows)
                .toList();
    }

    /**
     * The dashboard for the period and cities (empty: all the user's cities): five statements, none on raw lists (three
     * of them first read up to which day the summaries cover, {@code ReportQueries.liveFrom}). The live days' records
     * are read by two of them (the city-months, and the reach in languages and groups; the year before's sums and
     * reach too while a month of it is marked as changed); the city rows, the total and the months are folded from the
     * one city-month statement. The year before is compared by its counts only.
     *
     * <p>The statements are independent: four of them run beside the city-months ({@link ParallelReads}), so the
     * dashboard waits for the slowest, not for their sum. No transaction spans them: each reads in a short transaction
     * of its own ({@code ReportQueries}), so the view waiting for the others holds no connection (an export calling
     * this from its own transaction holds that one); the figures are counted within a few milliseconds of each other.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Dashboard dashboard(Period period, Collection<Long> cityIds) {
        return dashboard(period, cityIds, false);
    }

    /**
     * {@link #dashboard} with the median days to resolve of all the chosen cities together in its totals (the CSV's
     * totals row prints it; the screen shows each city's median only and the PDF none, so they do not pay for it).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Dashboard dashboardWithOverallMedian(Period period, Collection<Long> cityIds) {
        return dashboard(period, cityIds, true);
    }

    private Dashboard dashboard(Period period, Collection<Long> cityIds, boolean overallMedian) {
        Set<Long> cities = allowed(cityIds);
        if (cities.isEmpty()) {
            CityFigures none = figures(Sums.none(null), 0, Resolved.NONE, 0, 0);
            return new Dashboard(period, List.of(), none, none, List.of(), List.of(), List.of());
        }
        Period before = period.yearBefore();
        var resolvedRead = ParallelReads.start(() -> queries.resolvedByCity(cities, period, overallMedian));
        var reachedRead = ParallelReads.start(() -> queries.reachByCity(cities, period));
        var beforeRead = ParallelReads.start(() -> queries.together(cities, before));
        var overdueRead = ParallelReads.start(() -> queries.overdueByCity(cities, LocalDate.now(clock)));
        var cityMonths = queries.cityMonths(cities, period);
        Map<Long, Integer> overdue = ParallelReads.result(overdueRead);
        var sums = new HashMap<Long, Sums>();
        var byMonth = new HashMap<YearMonth, Sums>();
        Sums total = Sums.none(null);
        for (var row : cityMonths) {
            sums.merge(row.cityId(), row.sums(), Sums::plus);
            byMonth.merge(row.month(), row.sums(), Sums::plus);
            total = total.plus(row.sums());
        }
        Map<Long, Resolved> resolved = ParallelReads.result(resolvedRead);
        var reached = ParallelReads.result(reachedRead);
        var languageRows =
                reached.stream().filter(r -> r.dimension() == Reached.LANGUAGE).toList();
        var groupRows =
                reached.stream().filter(r -> r.dimension() == Reached.GROUP).toList();
        Map<Long, Integer> languages = reachedPerCity(languageRows);
        Map<Long, Integer> groups = reachedPerCity(groupRows);
        List<CityFigures> perCity = new ArrayList<>();
        for (long city : orderedByName(cities)) {
            perCity.add(figures(
                    sums.getOrDefault(city, Sums.none(city)),
                    overdue.getOrDefault(city, 0),
                    resolved.getOrDefault(city, Resolved.NONE),
                    languages.getOrDefault(city, 0),
                    groups.getOrDefault(city, 0)));
        }
        var languageReach = reach(languageRows);
        var groupReach = reach(groupRows);
        CityFigures totals = figures(
                total,
                overdue.values().stream().mapToInt(Integer::intValue).sum(),
                overallMedian
                        ? resolved.getOrDefault(ReportQueries.ALL_CITIES, Resolved.NONE)
                        : new Resolved(
                                cities.stream()
                                        .mapToInt(city -> resolved.getOrDefault(city, Resolved.NONE)
                                                .needs())
                                        .sum(),
                                null),
                languageReach.size(),
                groupReach.size());
        var beforeFigures = ParallelReads.result(beforeRead);
        Sums beforeSums = beforeFigures.sums();
        var beforeReached = beforeFigures.reached();
        CityFigures yearBefore = figures(
                beforeSums,
                0,
                // compared by count only: its median (a sort of every need resolved that year) is shown nowhere
                new Resolved(beforeSums.needsResolved(), null),
                beforeReached.languages(),
                beforeReached.groups());
        return new Dashboard(period, perCity, totals, yearBefore, months(period, byMonth), languageReach, groupReach);
    }

    /**
     * Each of the user's cities (by name) over the days from {@code from} up to {@code until} (excluded), as the
     * coordinators' weekly mail gives it (overdue and waiting: as on {@code until}'s morning): one statement. Quiet
     * cities are there, as zeros.
     */
    public List<CityWeek> week(LocalDate from, LocalDate until) {
        Set<Long> cities = allowed(List.of());
        if (cities.isEmpty()) {
            return List.of();
        }
        var figures = queries.week(cities, from, until, until); // overdue: due before the day after the span
        return orderedByName(cities).stream()
                .map(city -> {
                    int[] f = figures.getOrDefault(city, new int[5]);
                    return new CityWeek(city, f[0], f[1], f[2], f[3], f[4]);
                })
                .toList();
    }

    /** Every month of the period (quiet months as zeros), for the trend chart. */
    private static List<MonthFigures> months(Period period, Map<YearMonth, Sums> byMonth) {
        var all = new ArrayList<MonthFigures>();
        for (YearMonth m = period.from(); !m.isAfter(period.to()); m = m.plusMonths(1)) {
            Sums s = byMonth.getOrDefault(m, Sums.none(null));
            all.add(new MonthFigures(
                    m,
                    s.contacts(),
                    s.people(),
                    s.needsRaised(),
                    s.needsResolved(),
                    s.briefings(),
                    s.officersBriefed(),
                    s.eventsHeld(),
                    s.attendance()));
        }
        return all;
    }

    /** How many languages (or groups) each city reached. */
    private static Map<Long, Integer> reachedPerCity(List<CityReach> rows) {
        var counts = new HashMap<Long, Integer>();
        rows.forEach(row -> counts.merge(row.cityId(), 1, Integer::sum));
        return counts;
    }

    /** The languages (or groups) reached over all the cities, most contacts first (then by id). */
    private static List<ReachCount> reach(List<CityReach> rows) {
        var byId = new HashMap<Long, int[]>();
        for (var row : rows) {
            int[] sum = byId.computeIfAbsent(row.id(), id -> new int[2]);
            sum[0] += row.contacts();
            sum[1] += row.people();
        }
        return byId.entrySet().stream()
                .map(e -> new ReachCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(ReachCount::contacts).reversed().thenComparingLong(ReachCount::id))
                .toList();
    }

    /**
     * The report-back for the period and cities (empty: all the user's): needs raised in the period by category, where
     * they stand now, the partners they went to and the training proposed from them. Three statements.
     */
    public ReportBack reportBack(Period period, Collection<Long> cityIds) {
        Set<Long> cities = allowed(cityIds);
        if (cities.isEmpty()) {
            return new ReportBack(period, List.of(), List.of(), List.of());
        }
        var tallies = new EnumMap<NeedCategory, int[]>(NeedCategory.class);
        for (var tally : queries.needsByCategory(cities, period)) {
            int[] counts = tallies.computeIfAbsent(NeedCategory.valueOf(tally.category()), c -> new int[4]);
            counts[
                            switch (NeedStatus.valueOf(tally.status())) {
                                case OPEN, IN_PROGRESS -> 0;
                                case REFERRED -> 1;
                                case RESOLVED -> 2;
                                case CLOSED_WITHOUT_ACTION -> 3;
                            }] +=
                    tally.needs();
        }
        var partners = new EnumMap<NeedCategory, Map<Long, Integer>>(NeedCategory.class);
        for (var referral : queries.referrals(cities, period)) {
            partners.computeIfAbsent(NeedCategory.valueOf(referral.category()), c -> new LinkedHashMap<>())
                    .put(referral.partnerId(), referral.needs());
        }
        var categories = new ArrayList<ReportBack.CategoryOutcome>();
        tallies.forEach((category, c) -> categories.add(new ReportBack.CategoryOutcome(
                category,
                c[0] + c[1] + c[2] + c[3],
                c[0],
                c[1],
                c[2],
                c[3],
                partners.getOrDefault(category, Map.of()))));
        categories.sort(Comparator.comparingInt(ReportBack.CategoryOutcome::raised)
                .reversed()
                .thenComparing(ReportBack.CategoryOutcome::category));
        var topics = queries.topicsFromNeeds(cities, period).stream()
                .map(t -> new ReportBack.TopicLine(t.title(), TopicStatus.valueOf(t.status())))
                .toList();
        return new ReportBack(period, List.copyOf(cities), categories, topics);
    }

    /**
     * The trust surveys by city and quarter over the quarters the period overlaps (the dashboard's table and the PDFs'),
     * each beside the activity of its city and quarter — read only when there are survey answers, and only for the
     * cities that have them (the dashboard's own statements do not give city-quarters).
     */
    public List<SurveyTrend> surveyTrend(Period period, Collection<Long> cityIds) {
        var chosen = cityIds.isEmpty() ? cities() : cityIds;
        var said = surveys.cityQuarters(period.from(), period.to(), chosen);
        if (said.isEmpty()) {
            return List.of();
        }
        var answered = said.stream()
                .map(org.jcpp.liaison.surveys.SurveyQuarter::cityId)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        return SurveyTrend.of(said, cityQuarters(period, answered), referenceData.allCityNames());
    }

    /**
     * Each chosen city's activity per quarter, over the quarters the period overlaps (beside the surveys' figures of the
     * same quarters): one statement on the summaries, folded by quarter.
     */
    public List<CityQuarter> cityQuarters(Period period, Collection<Long> cityIds) {
        Set<Long> cities = allowed(cityIds);
        if (cities.isEmpty()) {
            return List.of();
        }
        var quarters = new Period(
                Period.quarterOf(period.from()).from(),
                Period.quarterOf(period.to()).to());
        var folded = new java.util.TreeMap<String, CityQuarter>();
        for (var row : queries.cityMonths(cities, quarters)) {
            YearMonth quarter = Period.quarterOf(row.month()).from();
            var sums = row.sums();
            folded.merge(
                    row.cityId() + "/" + quarter,
                    new CityQuarter(
                            row.cityId(), quarter, sums.contacts(), sums.people(), sums.briefings(), sums.eventsHeld()),
                    (a, b) -> new CityQuarter(
                            a.cityId(),
                            a.quarter(),
                            a.contacts() + b.contacts(),
                            a.people() + b.people(),
                            a.briefings() + b.briefings(),
                            a.eventsHeld() + b.eventsHeld()));
        }
        return List.copyOf(folded.values());
    }

    private Set<Long> allowed(Collection<Long> requested) {
        CityScope scope = currentUser.scope();
        if (requested.isEmpty()) {
            return new TreeSet<>(cities());
        }
        for (long city : requested) {
            if (!scope.allows(city)) {
                throw new InvalidInputException("cityIds", "reporting.city.not-yours");
            }
        }
        return new TreeSet<>(requested);
    }

    private List<Long> orderedByName(Set<Long> cities) {
        return referenceData.allCityNames().keySet().stream()
                .filter(cities::contains)
                .toList();
    }

    /**
     * One row of figures. Needs resolved and their median come from one statement on the records ({@code resolved}):
     * a median is shown only beside at least one resolved need.
     */
    private static CityFigures figures(Sums s, int overdue, Resolved resolved, int languages, int groups) {
        return new CityFigures(
                s.cityId(),
                s.contacts(),
                s.people(),
                s.languageLine(),
                s.needsRaised(),
                resolved.needs(),
                overdue,
                resolved.needs() > 0 ? resolved.medianDays() : null,
                s.briefings(),
                s.officersBriefed(),
                s.sessions(),
                s.trainingHours(),
                s.officersTrained(),
                s.eventsHeld(),
                s.attendance(),
                s.officersAtEvents(),
                s.recruitsAtEvents(),
                s.volunteerHours(),
                languages,
                groups);
    }
}
