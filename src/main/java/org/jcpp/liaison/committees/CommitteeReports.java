package org.jcpp.liaison.committees;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.committees.domain.AdvisoryCommittee;
import org.jcpp.liaison.committees.domain.Recommendation;
import org.jcpp.liaison.committees.domain.RecommendationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The advisory committees' figures for the dashboard and the committee's report-back, for the reporting module. Only
 * the user's cities; counts of meetings and recommendations, never who attended.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class CommitteeReports {

    private static final String ACCEPTED = "('ACCEPTED', 'PARTLY_ACCEPTED', 'DONE')";
    private static final String OPEN = "(" + RecommendationStatus.OPEN_SQL + ")";

    private final NamedParameterJdbcTemplate jdbc;
    private final CommitteeService committees;
    private final RecommendationRepository recommendations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final CommitteeFigures committeeFigures;

    CommitteeReports(
            CommitteeFigures committeeFigures,
            NamedParameterJdbcTemplate jdbc,
            CommitteeService committees,
            RecommendationRepository recommendations,
            CurrentUser currentUser,
            Clock clock) {
        this.jdbc = jdbc;
        this.committees = committees;
        this.recommendations = recommendations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.committeeFigures = committeeFigures;
    }

    /**
     * Each chosen city's figures for the months {@code from} to {@code to} (only the user's cities; a city without a
     * committee is left out), then the total of them all ({@code cityId} null). Two grouped statements.
     */
    public List<CommitteeCityFigures> cityFigures(YearMonth from, YearMonth to, Collection<Long> cityIds) {
        var scope = currentUser.scope();
        Set<Long> cities = cityIds.stream().filter(scope::allows).collect(Collectors.toSet());
        if (cities.isEmpty()) {
            return List.of();
        }
        int months = (int) ChronoUnit.MONTHS.between(from, to) + 1;
        var parameters = new MapSqlParameterSource()
                .addValue("cities", cities)
                .addValue("from", Date.valueOf(from.atDay(1)))
                .addValue("to", Date.valueOf(to.atEndOfMonth().plusDays(1)))
                .addValue("today", Date.valueOf(LocalDate.now(clock)));
        var meetings = committeeFigures.meetings(from, to, cities);
        var rows = new HashMap<Long, CommitteeCityFigures>();
        jdbc.query("""
                SELECT coalesce(city_id, -1) AS city_id,
                       count(*) AS raised,
                       count(*) FILTER (WHERE status IN %s) AS accepted,
                       count(*) FILTER (WHERE status = 'DECLINED') AS declined,
                       count(*) FILTER (WHERE status = 'DONE') AS done,
                       count(*) FILTER (WHERE status IN %s AND due_on < :today) AS overdue,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY responded_on - raised_on)
                           FILTER (WHERE responded_on IS NOT NULL) AS median_days
                FROM committee_recommendation
                WHERE city_id IN (:cities) AND raised_on >= :from AND raised_on < :to
                GROUP BY GROUPING SETS ((city_id), ())
                """.formatted(ACCEPTED, OPEN), parameters, rs -> {
            long city = rs.getLong("city_id");
            double median = rs.getDouble("median_days");
            Double medianDays = rs.wasNull() ? null : median;
            rows.put(
                    city,
                    new CommitteeCityFigures(
                            city,
                            0,
                            months,
                            0,
                            0,
                            rs.getInt("raised"),
                            rs.getInt("accepted"),
                            rs.getInt("declined"),
                            rs.getInt("done"),
                            rs.getInt("overdue"),
                            medianDays));
        });
        var figures = new ArrayList<CommitteeCityFigures>();
        int committeesAll = 0;
        int monthsMetAll = 0;
        int heldAll = 0;
        for (var entry : new java.util.TreeMap<>(meetings).entrySet()) {
            long city = entry.getKey();
            CommitteeFigures.Meetings m = entry.getValue();
            figures.add(with(rows.get(city), city, months, m.committees(), m.monthsMet(), m.held()));
            committeesAll += m.committees();
            monthsMetAll += m.monthsMet();
            heldAll += m.held();
        }
        // all cities: months met is summed over the cities (a city-month each), against months × cities
        figures.add(with(rows.get(-1L), null, months * meetings.size(), committeesAll, monthsMetAll, heldAll));
        return figures;
    }

    private static CommitteeCityFigures with(
            @Nullable CommitteeCityFigures recommendations,
            @Nullable Long cityId,
            int months,
            int committees,
            int monthsMet,
            int held) {
        return recommendations == null
                ? new CommitteeCityFigures(cityId, committees, months, monthsMet, held, 0, 0, 0, 0, 0, null)
                : new CommitteeCityFigures(
                        cityId,
                        committees,
                        months,
                        monthsMet,
                        held,
                        recommendations.raised(),
                        recommendations.accepted(),
                        recommendations.declined(),
                        recommendations.done(),
                        recommendations.overdue(),
                        recommendations.medianDaysToResponse());
    }

    /** The committee's report-back for the recommendations raised from {@code from} to {@code to}, both included. */
    public CommitteeReportBack reportBack(long committeeId, LocalDate from, LocalDate to) {
        AdvisoryCommittee committee = committees.committeeInScope(committeeId);
        List<Recommendation> raised =
                recommendations.findByCommitteeIdAndRaisedOnBetweenOrderByRaisedOnAscIdAsc(committeeId, from, to);
        return new CommitteeReportBack(
                committee.requireId(),
                committee.getName(),
                committee.getCityId(),
                committee.getReportLanguage(),
                raised.stream()
                        .map(r -> {
                            var data = r.data();
                            return new CommitteeReportBack.Line(
                                    r.getRaisedOn(),
                                    data.title(),
                                    data.request(),
                                    data.category(),
                                    r.getStatus(),
                                    r.getResponse(),
                                    data.dueOn(),
                                    r.getRespondedOn());
                        })
                        .toList());
    }

    /** The committees of the cities, for choosing one to report on. */
    public Map<Long, String> committeeNames() {
        return committees.names();
    }
}
