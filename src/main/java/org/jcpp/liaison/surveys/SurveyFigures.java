package org.jcpp.liaison.surveys;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements behind the survey figures by city and quarter, for the staff's reports ({@link SurveyReports}, which
 * checks the user's cities) and the partnership's public page (published figures of every city). They read the counts
 * per city and quarter that storing an answer adds to ({@code survey_city_quarter}, {@code _point}): answers are counted
 * by the day they were given.
 */
@Component
public class SurveyFigures {

    private final JdbcClient jdbc;

    SurveyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per city (of {@code cities}; null: every city) and quarter overlapping the months, the answers and each standard
     * item's points: two statements on the quarters' counts.
     */
    public List<SurveyQuarter> cityQuarters(YearMonth from, YearMonth to, @Nullable Collection<Long> cities) {
        YearMonth first = SurveyReports.quarterStart(from);
        YearMonth end = SurveyReports.quarterStart(to).plusMonths(3);
        String inCities = cities == null ? "" : " AND s.city_id IN (:cities)";
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", SurveyReports.day(first));
        parameters.put("to", SurveyReports.day(end));
        if (cities != null) {
            if (cities.isEmpty()) {
                return List.of();
            }
            parameters.put("cities", cities);
        }
        record Key(long city, YearMonth quarter) {}
        var answers = new LinkedHashMap<Key, Long>();
        jdbc.sql("SELECT s.city_id, s.quarter, s.answers FROM survey_city_quarter s"
                        + " WHERE s.quarter >= :from AND s.quarter < :to" + inCities)
                .params(parameters)
                .query((rs, n) -> answers.put(
                        new Key(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate())), rs.getLong(3)))
                .list();
        var points = new HashMap<Key, Map<SurveyItem, TreeMap<Integer, Long>>>();
        jdbc.sql("SELECT s.city_id, s.quarter, s.item, s.value, s.answers FROM survey_city_quarter_point s"
                        + " WHERE s.quarter >= :from AND s.quarter < :to" + inCities)
                .params(parameters)
                .query((rs, n) -> points.computeIfAbsent(
                                new Key(
                                        rs.getLong(1),
                                        YearMonth.from(rs.getDate(2).toLocalDate())),
                                k -> new java.util.EnumMap<>(SurveyItem.class))
                        .computeIfAbsent(SurveyItem.valueOf(rs.getString(3)), i -> new TreeMap<>())
                        .put(rs.getInt(4), rs.getLong(5)))
                .list();
        var quarters = new ArrayList<SurveyQuarter>();
        answers.forEach((key, count) -> {
            var items = new ArrayList<SurveyQuarter.Item>();
            points.getOrDefault(key, Map.of()).forEach((item, given) -> items.add(item(item, given)));
            items.sort(java.util.Comparator.comparing(SurveyQuarter.Item::item));
            quarters.add(new SurveyQuarter(key.city(), key.quarter(), count, List.copyOf(items)));
        });
        quarters.sort(java.util.Comparator.comparing(SurveyQuarter::cityId).thenComparing(SurveyQuarter::quarter));
        return quarters;
    }

    /**
     * Counts every city's quarters afresh from the answers (after answers were loaded in bulk, as the benchmark does;
     * storing an answer keeps them up by itself).
     */
    @org.springframework.transaction.annotation.Transactional
    public void recount() {
        jdbc.sql("DELETE FROM survey_city_quarter_point").update();
        jdbc.sql("DELETE FROM survey_city_quarter").update();
        jdbc.sql("INSERT INTO survey_city_quarter (city_id, quarter, answers)"
                        + " SELECT s.city_id, date_trunc('quarter', a.answered_on)::date, count(*)"
                        + " FROM survey_answer a JOIN survey s ON s.id = a.survey_id GROUP BY 1, 2")
                .update();
        jdbc.sql("INSERT INTO survey_city_quarter_point (city_id, quarter, item, value, answers)"
                        + " SELECT s.city_id, date_trunc('quarter', a.answered_on)::date, q.item, v.value, count(*)"
                        + " FROM survey_answer a JOIN survey s ON s.id = a.survey_id"
                        + " JOIN survey_answer_value v ON v.answer_id = a.id"
                        + " JOIN survey_question q ON q.id = v.question_id"
                        + " WHERE q.item IS NOT NULL AND v.value IS NOT NULL GROUP BY 1, 2, 3, 4")
                .update();
    }

    /** An item's points and mean, or neither when fewer than the minimum answered it. */
    static SurveyQuarter.Item item(SurveyItem item, Map<Integer, Long> given) {
        long answered = given.values().stream().mapToLong(Long::longValue).sum();
        if (answered < SurveyLimits.ANSWERS_BEFORE_FIGURES) {
            return new SurveyQuarter.Item(item, answered, Map.of(), null);
        }
        var all = new LinkedHashMap<Integer, Long>();
        long sum = 0;
        for (int point = item.scale().lowest(); point <= item.scale().highest(); point++) {
            long n = given.getOrDefault(point, 0L);
            all.put(point, n);
            sum += n * point;
        }
        return new SurveyQuarter.Item(item, answered, all, (double) sum / answered);
    }
}
