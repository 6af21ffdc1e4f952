package org.jcpp.liaison.committees;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The committees' meetings counted by city, for the staff's reports ({@link CommitteeReports}, which checks the user's
 * cities) and the partnership's public page (published counts of every city). Counts only, never who attended.
 */
@Component
public class CommitteeFigures {

    /** A city's committees, the months of the period in which one met, and the meetings held. */
    public record Meetings(int committees, int monthsMet, int held) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CommitteeFigures(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For each of {@code cities} with a committee, its meetings held in the months {@code from} to {@code to}. */
    public Map<Long, Meetings> meetings(YearMonth from, YearMonth to, Collection<Long> cities) {
        var meetings = new HashMap<Long, Meetings>();
        if (cities.isEmpty()) {
            return meetings;
        }
        var parameters = new MapSqlParameterSource()
                .addValue("cities", cities)
                // meetings' local date-times are stored as UTC wall-clock time: the bounds are turned into that
                .addValue(
                        "fromTs",
                        java.sql.Timestamp.from(
                                from.atDay(1).atStartOfDay(clock.getZone()).toInstant()))
                .addValue(
                        "toTs",
                        java.sql.Timestamp.from(to.plusMonths(1)
                                .atDay(1)
                                .atStartOfDay(clock.getZone())
                                .toInstant()));
        jdbc.query("""
                SELECT c.city_id,
                       count(DISTINCT c.id) AS committees,
                       count(DISTINCT date_trunc('month', m.starts_at AT TIME ZONE 'UTC')) AS months_met,
                       count(m.id) AS held
                FROM advisory_committee c
                LEFT JOIN committee_meeting m ON m.committee_id = c.id AND m.status = 'HELD'
                     AND m.starts_at >= (CAST(:fromTs AS timestamptz) AT TIME ZONE 'UTC')
                     AND m.starts_at < (CAST(:toTs AS timestamptz) AT TIME ZONE 'UTC')
                WHERE c.city_id IN (:cities)
                GROUP BY c.city_id
                """, parameters, rs -> {
            meetings.put(
                    rs.getLong("city_id"),
                    new Meetings(rs.getInt("committees"), rs.getInt("months_met"), rs.getInt("held")));
        });
        return meetings;
    }
}
