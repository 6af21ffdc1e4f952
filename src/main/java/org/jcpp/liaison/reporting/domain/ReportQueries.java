package org.jcpp.liaison.reporting.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.reporting.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the monthly summaries (materialized views, see 0015-reporting-summaries.sql) and the two figures that are
 * "as of now" or need the raw durations (overdue needs, median days to resolve), each by an indexed query.
 */
@Repository
public class ReportQueries {

    /** Summed columns of report_city_month for one city (or all chosen cities: cityId null). */
    public record Sums(
            @Nullable Long cityId,
            int contacts,
            int people,
            int languageLine,
            int needsRaised,
            int needsResolved,
            int briefings,
            int officersBriefed,
            int sessions,
            BigDecimal trainingHours,
            int officersTrained,
            int eventsHeld,
            int attendance,
            int officersAtEvents,
            int recruitsAtEvents,
            BigDecimal volunteerHours) {

        public static Sums none(@Nullable Long cityId) {
            return new Sums(cityId, 0, 0, 0, 0, 0, 0, 0, 0, BigDecimal.ZERO, 0, 0, 0, 0, 0, BigDecimal.ZERO);
        }

        /** These sums and another's together, under this city id. */
        public Sums plus(Sums o) {
            return new Sums(
                    cityId,
                    contacts + o.contacts,
                    people + o.people,
                    languageLine + o.languageLine,
                    needsRaised + o.needsRaised,
                    needsResolved + o.needsResolved,
                    briefings + o.briefings,
                    officersBriefed + o.officersBriefed,
                    sessions + o.sessions,
                    trainingHours.add(o.trainingHours),
                    officersTrained + o.officersTrained,
                    eventsHeld + o.eventsHeld,
                    attendance + o.attendance,
                    officersAtEvents + o.officersAtEvents,
                    recruitsAtEvents + o.recruitsAtEvents,
                    volunteerHours.add(o.volunteerHours));
        }
    }

    /** One city's sums in one month of the period. */
    public record CityMonth(long cityId, YearMonth month, Sums sums) {}

    /** What contacts reach: languages or community groups. */
    public enum Reached {
        LANGUAGE,
        GROUP
    }

    /** The contacts and people one city reached in one language (or community group) over the period. */
    public record CityReach(Reached dimension, long cityId, long id, int contacts, int people) {}

    private static final String SUMS = "coalesce(sum(contacts), 0), coalesce(sum(people), 0),"
            + " coalesce(sum(language_line), 0), coalesce(sum(needs_raised), 0), coalesce(sum(needs_resolved), 0),"
            + " coalesce(sum(briefings), 0), coalesce(sum(officers_briefed), 0), coalesce(sum(sessions), 0),"
            + " coalesce(sum(training_hours), 0), coalesce(sum(officers_trained), 0), coalesce(sum(events_held), 0),"
            + " coalesce(sum(attendance), 0), coalesce(sum(officers_at_events), 0),"
            + " coalesce(sum(recruits_at_events), 0), coalesce(sum(volunteer_hours), 0)";

    /** The columns of report_city_month after (city_id, month). */
    private static final String COLUMNS = "contacts, people, language_line, needs_raised, needs_resolved, briefings,"
            + " officers_briefed, sessions, training_hours, officers_trained, events_held, attendance,"
            + " officers_at_events, recruits_at_events, volunteer_hours";

    /*
     * The live days: from :live ({@link #liveFrom}: today, or the first day the summaries do not cover, or the first day
     * of a month in which a record changed since the last refresh) on, the records are summed as the summaries'
     * definitions (0060's report_summarize) sum them, on the same indexes the lists use. Local date-times are stored as
     * UTC wall-clock time: the bounds are turned into that, not the column (as RAISED_IN below).
     */
    private static final String LOCAL_FROM = "(CAST(:liveTs AS timestamptz) AT TIME ZONE 'UTC')";

    private static final String LOCAL_TO = "(CAST(:toTs AS timestamptz) AT TIME ZONE 'UTC')";

    private static final String LIVE_CITY_MONTH = "SELECT city_id, month, sum(contacts)::int, sum(people)::int,"
            + " sum(language_line)::int, sum(needs_raised)::int, sum(needs_resolved)::int, sum(briefings)::int,"
            + " sum(officers_briefed)::int, sum(sessions)::int, sum(training_hours)::numeric(12, 2),"
            + " sum(officers_trained)::int, sum(events_held)::int, sum(attendance)::int,"
            + " sum(officers_at_events)::int, sum(recruits_at_events)::int, sum(volunteer_hours)::numeric(12, 2)"
            + " FROM ("
            + " SELECT city_id, date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date AS month, count(*) AS contacts,"
            + " sum(headcount) AS people, count(*) FILTER (WHERE language_line_used) AS language_line,"
            // a need is counted in its contact's city and month; a probe of the need_contact index per contact is
            // cheaper than joining the needs, which the planner would read whole
            + " sum((SELECT count(*) FROM need n WHERE n.contact_id = contact.id)) AS needs_raised,"
            + " 0::bigint AS needs_resolved, 0::bigint AS briefings,"
            + " 0::bigint AS officers_briefed, 0::bigint AS sessions, 0::numeric AS training_hours,"
            + " 0::bigint AS officers_trained, 0::bigint AS events_held, 0::bigint AS attendance,"
            + " 0::bigint AS officers_at_events, 0::bigint AS recruits_at_events, 0::numeric AS volunteer_hours"
            + " FROM contact WHERE city_id IN (:cities) AND occurred_at >= " + LOCAL_FROM + " AND occurred_at < "
            + LOCAL_TO + " GROUP BY 1, 2"
            + " UNION ALL SELECT city_id, date_trunc('month', closed_at::timestamp)::date, 0, 0, 0, 0, count(*), 0, 0,"
            + " 0, 0, 0, 0, 0, 0, 0, 0 FROM need WHERE city_id IN (:cities) AND status = 'RESOLVED'"
            + " AND closed_at >= CAST(:liveTs AS timestamptz) AND closed_at < CAST(:toTs AS timestamptz) GROUP BY 1, 2"
            + " UNION ALL SELECT city_id, date_trunc('month', briefed_on)::date, 0, 0, 0, 0, 0, count(*),"
            + " sum(officers), 0, 0, 0, 0, 0, 0, 0, 0 FROM roll_call_briefing WHERE city_id IN (:cities)"
            + " AND briefed_on >= :live AND briefed_on <= :lastDay GROUP BY 1, 2"
            + " UNION ALL SELECT city_id, date_trunc('month', held_on)::date, 0, 0, 0, 0, 0, 0, 0, count(*),"
            + " sum(hours), sum(attendees), 0, 0, 0, 0, 0 FROM training_session WHERE city_id IN (:cities)"
            + " AND held_on >= :live AND held_on <= :lastDay GROUP BY 1, 2"
            // the police at each event by one probe of its key (a join would read every event's police)
            + " UNION ALL SELECT e.city_id, date_trunc('month', e.starts_at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0,"
            + " 0, 0, 0, 0, 0, count(*), sum(e.attendance), coalesce(sum(p.officers), 0),"
            + " coalesce(sum(p.recruits), 0), coalesce(sum(p.hours), 0) FROM outreach_event e CROSS JOIN LATERAL"
            + " (SELECT sum(officers) AS officers, sum(recruits) AS recruits, sum(volunteer_hours) AS hours"
            + " FROM outreach_event_police WHERE event_id = e.id) p WHERE e.status = 'HELD'"
            + " AND e.city_id IN (:cities) AND e.starts_at >= " + LOCAL_FROM + " AND e.starts_at < " + LOCAL_TO
            + " GROUP BY 1, 2"
            + ") parts WHERE month >= :liveMonth AND month BETWEEN :from AND :to GROUP BY city_id, month";

    /**
     * report_city_month for the chosen cities and period: the summaries' rows of the months that begin before :live (a
     * month's row holds only the days the summaries cover), the records from :live on.
     */
    private static final String IN_PERIOD = " FROM (SELECT city_id, month, " + COLUMNS
            + " FROM report_city_month WHERE city_id IN (:cities) AND month BETWEEN :from AND :to AND month < :live"
            + " UNION ALL " + LIVE_CITY_MONTH + ") report";

    /** report_city_month_language (or _group) for the chosen cities and period, as {@link #IN_PERIOD}. */
    private static String reachInPeriod(String dimension) {
        String column =
                switch (dimension) {
                    case "language_id" -> "language_ids";
                    case "group_id" -> "group_ids";
                    default -> throw new IllegalArgumentException(dimension);
                };
        return " FROM (SELECT city_id, month, " + dimension + ", contacts, people FROM " + view(dimension)
                + " WHERE city_id IN (:cities) AND month BETWEEN :from AND :to AND month < :live"
                + " UNION ALL SELECT * FROM (SELECT c.city_id, date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date"
                + " AS month, d.id AS " + dimension + ", count(*)::int AS contacts, sum(c.headcount)::int AS people"
                + " FROM contact c CROSS JOIN LATERAL unnest(c." + column + ") AS d(id) WHERE c.city_id IN (:cities)"
                + " AND c.occurred_at >= " + LOCAL_FROM + " AND c.occurred_at < " + LOCAL_TO + " GROUP BY 1, 2, 3) live"
                + " WHERE month >= :liveMonth AND month BETWEEN :from AND :to) reached";
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /**
     * A read of the summaries and the records beside them at one moment: which days the summaries cover ({@link
     * #liveFrom}) and the statement that reads them see the same snapshot, so a refresh committed in between can neither
     * hide a day nor count it twice. A transaction of its own (the caller's is set aside), read-only: its connection
     * goes back to the pool when it ends, so a caller that waits for other reads meanwhile holds none of its own.
     */
    private final TransactionTemplate oneMoment;

    ReportQueries(NamedParameterJdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.oneMoment = new TransactionTemplate(transactions);
        oneMoment.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        oneMoment.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        oneMoment.setReadOnly(true);
    }

    private <T> T atOneMoment(java.util.function.Supplier<T> read) {
        return java.util.Objects.requireNonNull(oneMoment.execute(status -> read.get()));
    }

    /**
     * Each city's sums month by month over the period: one statement, the only one of a dashboard that sums the live
     * months' records (the dashboard folds it into its city rows, its total and its months). Quiet city-months are
     * missing.
     */
    public List<CityMonth> cityMonths(Collection<Long> cities, Period period) {
        return atOneMoment(() -> jdbc.query(
                "SELECT city_id, month, " + SUMS + IN_PERIOD + " GROUP BY city_id, month",
                params(cities, period),
                (rs, row) -> {
                    long city = rs.getLong(1);
                    return new CityMonth(city, YearMonth.from(rs.getDate(2).toLocalDate()), sums(rs, 3, city));
                }));
    }

    /**
     * The contacts and people each city reached per language and per community group over the period: one statement,
     * which gives both the number each city reached and the period's reach over all the cities. The live months'
     * contacts are read once for both (the CTE), from the covering index contact_report_idx.
     */
    public List<CityReach> reachByCity(Collection<Long> cities, Period period) {
        return atOneMoment(() -> jdbc.query(
                REACH_BY_CITY,
                params(cities, period),
                (rs, row) -> new CityReach(
                        rs.getInt(1) == 1 ? Reached.LANGUAGE : Reached.GROUP,
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getInt(5))));
    }

    private static final String REACH_BY_CITY = "WITH live AS MATERIALIZED (SELECT city_id, headcount, language_ids,"
            + " group_ids FROM contact WHERE city_id IN (:cities) AND occurred_at >= " + LOCAL_FROM
            + " AND occurred_at < " + LOCAL_TO + ")"
            + " SELECT dimension, city_id, id, sum(contacts)::int, sum(people)::int FROM ("
            + " SELECT 1 AS dimension, city_id, language_id AS id, contacts, people FROM report_city_month_language"
            + " WHERE city_id IN (:cities) AND month BETWEEN :from AND :to AND month < :live"
            + " UNION ALL SELECT 2, city_id, group_id, contacts, people FROM report_city_month_group"
            + " WHERE city_id IN (:cities) AND month BETWEEN :from AND :to AND month < :live"
            + " UNION ALL SELECT 1, city_id, d.id, count(*), sum(headcount) FROM live"
            + " CROSS JOIN LATERAL unnest(language_ids) AS d(id) GROUP BY 2, 3"
            + " UNION ALL SELECT 2, city_id, d.id, count(*), sum(headcount) FROM live"
            + " CROSS JOIN LATERAL unnest(group_ids) AS d(id) GROUP BY 2, 3"
            + ") reached GROUP BY 1, 2, 3";

    /** How many languages and how many community groups the chosen cities reached together in the period. */
    public record ReachedCounts(int languages, int groups) {}

    /** The chosen cities' sums over a period together, and how many languages and groups they reached. */
    public record Together(Sums sums, ReachedCounts reached) {}

    /** {@link Together} of the period (the dashboard's year before): one statement. */
    public Together together(Collection<Long> cities, Period period) {
        return atOneMoment(() -> jdbc.queryForObject(
                "SELECT " + SUMS + ", (SELECT count(DISTINCT language_id)" + reachInPeriod("language_id")
                        + "), (SELECT count(DISTINCT group_id)" + reachInPeriod("group_id") + ")" + IN_PERIOD,
                params(cities, period),
                (rs, row) -> new Together(sums(rs, 1, null), new ReachedCounts(rs.getInt(16), rs.getInt(17)))));
    }

    /** Open needs past their follow-up date, per city, today: one statement on the needs' (city, status, due) index. */
    public Map<Long, Integer> overdueByCity(Collection<Long> cities, LocalDate today) {
        return atOneMoment(() -> {
            var counts = new HashMap<Long, Integer>();
            jdbc.query(
                    "SELECT city_id, count(*) FROM need WHERE city_id IN (:cities)" + " AND status IN ("
                            + NeedStatus.OPEN_SQL + ") AND due_on < :today GROUP BY city_id",
                    new MapSqlParameterSource("cities", cities).addValue("today", Date.valueOf(today)),
                    rs -> {
                        counts.put(rs.getLong(1), rs.getInt(2));
                    });
            return counts;
        });
    }

    /**
     * A span of days per city (see {@code CityWeek}): one statement, each part on the index its list uses (contacts by
     * city and time with a probe of their needs; needs by city, status and due day; events and briefings by city and
     * day; recommendations by city). Cities with nothing are missing from the map.
     */
    public Map<Long, int[]> week(Collection<Long> cities, LocalDate from, LocalDate until, LocalDate today) {
        var weeks = new HashMap<Long, int[]>();
        jdbc.query(
                "SELECT city_id, sum(new_needs)::int, sum(overdue)::int, sum(events)::int, sum(briefings)::int,"
                        + " sum(waiting)::int FROM ("
                        + " SELECT city_id, sum((SELECT count(*) FROM need n WHERE n.contact_id = contact.id))"
                        + " AS new_needs, 0 AS overdue, 0 AS events, 0 AS briefings, 0 AS waiting FROM contact"
                        + " WHERE city_id IN (:cities) AND occurred_at >= " + LOCAL_FROM + " AND occurred_at < "
                        + LOCAL_TO + " GROUP BY 1"
                        + " UNION ALL SELECT city_id, 0, count(*), 0, 0, 0 FROM need WHERE city_id IN (:cities)"
                        + " AND status IN (" + NeedStatus.OPEN_SQL + ") AND due_on < :today GROUP BY 1"
                        + " UNION ALL SELECT city_id, 0, 0, count(*), 0, 0 FROM outreach_event WHERE status = 'HELD'"
                        + " AND city_id IN (:cities) AND starts_at >= " + LOCAL_FROM + " AND starts_at < " + LOCAL_TO
                        + " GROUP BY 1"
                        + " UNION ALL SELECT city_id, 0, 0, 0, count(*), 0 FROM roll_call_briefing"
                        + " WHERE city_id IN (:cities) AND briefed_on >= :from AND briefed_on < :until GROUP BY 1"
                        + " UNION ALL SELECT city_id, 0, 0, 0, 0, count(*) FROM committee_recommendation"
                        + " WHERE city_id IN (:cities) AND status IN ("
                        + org.jcpp.liaison.committees.RecommendationStatus.OPEN_SQL + ") GROUP BY 1"
                        + ") parts GROUP BY city_id",
                new MapSqlParameterSource("cities", cities)
                        .addValue("from", Date.valueOf(from))
                        .addValue("until", Date.valueOf(until))
                        .addValue("today", Date.valueOf(today))
                        .addValue("liveTs", Timestamp.valueOf(from.atStartOfDay()))
                        .addValue("toTs", Timestamp.valueOf(until.atStartOfDay())),
                rs -> {
                    weeks.put(
                            rs.getLong(1),
                            new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)});
                });
        return weeks;
    }

    /** The key of {@link #resolvedByCity} under which the needs of all the chosen cities together are, when asked for. */
    public static final long ALL_CITIES = 0L;

    /**
     * Needs resolved in a period and the median days from raising to resolving them, both from one statement on the
     * records (so a median is never shown beside "0 resolved"); {@code medianDays} is null when none was resolved.
     */
    public record Resolved(int needs, @Nullable Double medianDays) {

        public static final Resolved NONE = new Resolved(0, null);
    }

    /**
     * Needs resolved in the period and their median days to resolve, per city and, when {@code together} is asked,
     * (under {@link #ALL_CITIES}) for all the chosen cities together: one statement, an index-only scan. Cities without
     * a resolved need are missing from the map. The median of all the cities together sorts every need resolved in
     * the period a second time (about a third of the statement's time), so only the CSV, which prints it, asks for it.
     */
    public Map<Long, Resolved> resolvedByCity(Collection<Long> cities, Period period, boolean together) {
        return atOneMoment(() -> {
            var resolved = new HashMap<Long, Resolved>();
            jdbc.query(
                    "SELECT city_id, count(*), " + MEDIAN + " GROUP BY "
                            + (together ? "GROUPING SETS ((city_id), ())" : "city_id"),
                    between(cities, period),
                    rs -> {
                        long city = rs.getLong(1); // null (the total) reads as 0
                        long key = rs.wasNull() ? ALL_CITIES : city;
                        int needs = rs.getInt(2);
                        double median = rs.getDouble(3);
                        if (!rs.wasNull() && needs > 0) { // no need resolved: no median (the total row comes even then)
                            resolved.put(key, new Resolved(needs, median));
                        }
                    });
            return resolved;
        });
    }

    private static final String MEDIAN =
            // date_part gives a double (extract gives a numeric, which sorts several times slower)
            "percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', closed_at - created_at) / 86400)"
                    + " FROM need WHERE city_id IN (:cities) AND status = 'RESOLVED'"
                    + " AND closed_at >= :fromTs AND closed_at < :toTs";

    /** The cities and the period's first and last instants (:fromTs inclusive, :toTs exclusive). */
    private static MapSqlParameterSource between(Collection<Long> cities, Period period) {
        return new MapSqlParameterSource("cities", cities)
                .addValue("fromTs", Timestamp.valueOf(period.firstDay().atStartOfDay()))
                .addValue("toTs", Timestamp.valueOf(period.lastDay().plusDays(1).atStartOfDay()));
    }

    /** Needs raised in the period (by the contact's date, as the dashboard counts them), by category and status. */
    public record NeedTally(String category, String status, int needs) {}

    /** A partner organisation that needs of a category raised in the period were referred to. */
    public record Referral(String category, long partnerId, int needs) {}

    /** A training topic proposed from a need raised in the period. */
    public record TopicFromNeed(String title, String status) {}

    /** Needs n (of contacts c) raised in the chosen cities and period. */
    private static final String RAISED_IN = " WHERE n.city_id IN (:cities)"
            // contacts' local times are stored as UTC wall-clock time: the bounds are turned into that, not the column
            + " AND c.occurred_at >= (CAST(:fromTs AS timestamptz) AT TIME ZONE 'UTC')"
            + " AND c.occurred_at < (CAST(:toTs AS timestamptz) AT TIME ZONE 'UTC')";

    private static final String NEEDS_RAISED = " FROM need n JOIN contact c ON c.id = n.contact_id" + RAISED_IN;

    /** Needs raised in the period by category and status: one statement. */
    public List<NeedTally> needsByCategory(Collection<Long> cities, Period period) {
        return jdbc.query(
                "SELECT n.category, n.status, count(*)" + NEEDS_RAISED + " GROUP BY n.category, n.status",
                between(cities, period),
                (rs, row) -> new NeedTally(rs.getString(1), rs.getString(2), rs.getInt(3)));
    }

    /** The partners that needs raised in the period were referred to, by category: one statement. */
    public List<Referral> referrals(Collection<Long> cities, Period period) {
        return jdbc.query(
                "SELECT n.category, n.referral_partner_id, count(*)" + NEEDS_RAISED
                        + " AND n.referral_partner_id IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2",
                between(cities, period),
                (rs, row) -> new Referral(rs.getString(1), rs.getLong(2), rs.getInt(3)));
    }

    /** Training topics proposed from needs raised in the period: one statement. */
    public List<TopicFromNeed> topicsFromNeeds(Collection<Long> cities, Period period) {
        return jdbc.query(
                "SELECT DISTINCT t.title, t.status FROM training_topic t JOIN need n ON n.id = t.source_need_id"
                        + " JOIN contact c ON c.id = n.contact_id" + RAISED_IN + " ORDER BY 1",
                between(cities, period),
                (rs, row) -> new TopicFromNeed(rs.getString(1), rs.getString(2)));
    }

    private static String view(String dimension) {
        return switch (dimension) {
            case "language_id" -> "report_city_month_language";
            case "group_id" -> "report_city_month_group";
            default -> throw new IllegalArgumentException(dimension);
        };
    }

    /**
     * The first day of the period summed from the records rather than read from the summaries: today, or an earlier
     * day when the summaries do not cover it yet (the day turned since the last refresh, or nothing was refreshed yet),
     * or the first day of a month in which a record changed since (report_stale, marked by the tables' triggers, 0029,
     * 0062). The summaries cover the days before it: a month's row holds the days it covers (the current month's, the
     * days before today), and the records are summed from this day on. So every figure counts a record the moment it is
     * saved, and only what was saved today, and the months that need it, are summed at a reading.
     */
    private LocalDate liveFrom(Period period) {
        LocalDate stale = jdbc.queryForObject(
                "SELECT CASE WHEN isfinite(covers_before) THEN least(covers_before,"
                        + " (SELECT min(month) FROM report_stale WHERE month BETWEEN :from AND :to)) END"
                        + " FROM report_refreshed",
                new MapSqlParameterSource("from", Date.valueOf(period.firstDay()))
                        .addValue("to", Date.valueOf(period.to().atDay(1))),
                (rs, row) -> {
                    Date covered = rs.getDate(1);
                    // nothing covered yet (-infinity): every month is summed from the records
                    return covered == null ? NOTHING_COVERED : covered.toLocalDate();
                });
        LocalDate today = LocalDate.now(clock);
        return stale.isBefore(today) ? stale : today;
    }

    /** Before every record the app can hold (PastWindow keeps dates within ten years). */
    private static final LocalDate NOTHING_COVERED = LocalDate.of(1970, 1, 1);

    private MapSqlParameterSource params(Collection<Long> cities, Period period) {
        LocalDate live = liveFrom(period);
        LocalDate liveStart = live.isAfter(period.firstDay()) ? live : period.firstDay();
        return new MapSqlParameterSource("cities", cities)
                .addValue("from", Date.valueOf(period.firstDay()))
                .addValue("to", Date.valueOf(period.to().atDay(1)))
                .addValue("live", Date.valueOf(live))
                .addValue("liveMonth", Date.valueOf(live.withDayOfMonth(1)))
                .addValue("lastDay", Date.valueOf(period.lastDay()))
                .addValue("liveTs", Timestamp.valueOf(liveStart.atStartOfDay()))
                .addValue("toTs", Timestamp.valueOf(period.lastDay().plusDays(1).atStartOfDay()));
    }

    /** The fifteen {@link #SUMS} columns, the first at {@code at}. */
    private static Sums sums(ResultSet rs, int at, @Nullable Long city) throws SQLException {
        return new Sums(
                city,
                rs.getInt(at),
                rs.getInt(at + 1),
                rs.getInt(at + 2),
                rs.getInt(at + 3),
                rs.getInt(at + 4),
                rs.getInt(at + 5),
                rs.getInt(at + 6),
                rs.getInt(at + 7),
                rs.getBigDecimal(at + 8),
                rs.getInt(at + 9),
                rs.getInt(at + 10),
                rs.getInt(at + 11),
                rs.getInt(at + 12),
                rs.getInt(at + 13),
                rs.getBigDecimal(at + 14));
    }
}
