package org.jcpp.liaison.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jcpp.liaison.base.database.DatabaseSignals;
import org.jcpp.liaison.committees.CommitteeFigures;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.reporting.domain.ReportQueries;
import org.jcpp.liaison.surveys.SurveyFigures;
import org.jcpp.liaison.surveys.SurveyQuarter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the partnership's public page, per member city and year: what the monthly summaries hold (as the
 * dashboard reads them), the committees' meetings held and the surveys by quarter. Counts only; the page applies the
 * small-cell rules. Kept for {@value #KEPT_MINUTES} minutes per year, so visitors never wait on the database.
 */
@Component
public class PublicFigures {

    static final long KEPT_MINUTES = 5;
    private static final String SIGNAL = "public-page";

    /** One member city's year (or all of them: {@code cityId} null). */
    public record CityYear(
            @Nullable Long cityId,
            int contacts,
            int people,
            int briefings,
            int officersBriefed,
            int sessions,
            BigDecimal trainingHours,
            int eventsHeld,
            int attendance,
            int committeeMeetings) {}

    /** The contacts and people a city reached in one language over the year. */
    public record LanguageReach(long cityId, long languageId, int contacts, int people) {}

    public record Year(
            int year,
            List<CityYear> cities,
            List<LanguageReach> languages,
            List<SurveyQuarter> surveys,
            Instant madeAt) {}

    private record Kept(Year year, Instant until, long generation) {}

    private final ReportQueries queries;
    private final ReferenceDataService referenceData;
    private final CommitteeFigures committees;
    private final SurveyFigures surveys;
    private final Clock clock;
    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong forgets = new java.util.concurrent.atomic.AtomicLong();
    private final DatabaseSignals signals;

    PublicFigures(
            ReportQueries queries,
            ReferenceDataService referenceData,
            CommitteeFigures committees,
            SurveyFigures surveys,
            Clock clock,
            DatabaseSignals signals) {
        this.signals = signals;
        signals.on(SIGNAL, detail -> forgetHere());
        this.queries = queries;
        this.referenceData = referenceData;
        this.committees = committees;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** The year's figures of every member city, by city id order (the page sorts by name). */
    @Transactional(readOnly = true)
    public Year year(int year) {
        Instant now = clock.instant();
        long generation = forgets.get();
        var hit = kept.get(year);
        if (hit != null && now.isBefore(hit.until()) && hit.generation() == generation) {
            return hit.year();
        }
        var made = make(year, now);
        kept.put(year, new Kept(made, now.plus(Duration.ofMinutes(KEPT_MINUTES)), generation));
        return made;
    }

    /** Forgets what was kept (the admin changed what the page shows), on every app node once that commits. */
    public void forget() {
        forgetHere();
        signals.send(SIGNAL, "figures");
    }

    /** A year made before this is made again (also one whose making raced with this). */
    private void forgetHere() {
        forgets.incrementAndGet();
        kept.clear();
    }

    private Year make(int year, Instant now) {
        var cities = new ArrayList<>(referenceData.publicCityNames().keySet());
        var period = Period.yearOf(year);
        var sums = new HashMap<Long, ReportQueries.Sums>();
        for (var row : queries.cityMonths(cities, period)) {
            sums.merge(row.cityId(), row.sums(), ReportQueries.Sums::plus);
        }
        var meetings = committees.meetings(period.from(), period.to(), cities);
        var rows = new ArrayList<CityYear>();
        for (long city : cities) {
            var s = sums.getOrDefault(city, ReportQueries.Sums.none(city));
            var m = meetings.get(city);
            rows.add(new CityYear(
                    city,
                    s.contacts(),
                    s.people(),
                    s.briefings(),
                    s.officersBriefed(),
                    s.sessions(),
                    s.trainingHours(),
                    s.eventsHeld(),
                    s.attendance(),
                    m == null ? 0 : m.held()));
        }
        var languages = queries.reachByCity(cities, period).stream()
                .filter(r -> r.dimension() == ReportQueries.Reached.LANGUAGE)
                .map(r -> new LanguageReach(r.cityId(), r.id(), r.contacts(), r.people()))
                .toList();
        return new Year(
                year,
                List.copyOf(rows),
                languages,
                surveys.cityQuarters(YearMonth.of(year, 1), YearMonth.of(year, 12), null),
                now);
    }
}
