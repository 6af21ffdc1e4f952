package org.jcpp.liaison.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.jcpp.liaison.base.ShortCache;
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

    private final ReportQueries queries;
    private final ReferenceDataService referenceData;
    private final CommitteeFigures committees;
    private final SurveyFigures surveys;
    private final Clock clock;
    /** The years made, shared by every app node's forgetting (an admin's change on one node is seen on all). */
    private final ShortCache kept;

    PublicFigures(
            ReportQueries queries,
            ReferenceDataService referenceData,
            CommitteeFigures committees,
            SurveyFigures surveys,
            Clock clock,
            DatabaseSignals signals) {
        this.kept = ShortCache.shared("public-page", Duration.ofMinutes(KEPT_MINUTES), signals);
        this.queries = queries;
        this.referenceData = referenceData;
        this.committees = committees;
        this.surveys = surveys;
        this.clock = clock;
    }

    /** The year's figures of every member city, by city id order (the page sorts by name). */
    @Transactional(readOnly = true)
    public Year year(int year) {
        return kept.get(year, () -> make(year, clock.instant()));
    }

    /** Forgets what was kept (the admin changed what the page shows), on every app node once that commits. */
    public void forget() {
        kept.clearAfterCommit();
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
