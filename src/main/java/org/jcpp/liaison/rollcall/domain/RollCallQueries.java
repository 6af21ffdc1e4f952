package org.jcpp.liaison.rollcall.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.ScopeClause;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.BriefingRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The briefings list (a page is one statement, its topics included; the count another) and the coverage figures
 * (one grouped statement each). The user's city scope is part of every statement.
 */
@Repository
public class RollCallQueries {

    /** When each shift was last briefed up to a day, and its briefings and officers from a day on. */
    public record ShiftFigures(LocalDate lastBriefed, int briefings, int officers) {}

    /** Briefings and officers briefed in one city in one month. */
    public record CityMonth(long cityId, YearMonth month, int briefings, int officers) {}

    private static final String TOPIC_CONDITION =
            "exists (select 1 from RollCallBriefing bt join bt.topics t where bt = b and t.topicId = :topicId)";

    private final EntityManager entityManager;

    RollCallQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<BriefingRow> rows(ScopeClause scope, BriefingFilter filter, Pageable pageable) {
        return rows(where(scope, filter), pageable);
    }

    /** One page of the briefings an import brought in, newest first: one statement. */
    public List<BriefingRow> batchRows(ScopeClause scope, long batchId, Pageable pageable) {
        return rows(scoped(scope).and("b.importBatchId = :batchId", "batchId", batchId), pageable);
    }

    /** How many briefings of an import the user may see: one statement. */
    public long countBatch(ScopeClause scope, long batchId) {
        Conditions where = scoped(scope).and("b.importBatchId = :batchId", "batchId", batchId);
        return where.count(entityManager.createQuery("select count(b) from RollCallBriefing b" + where, Long.class));
    }

    /** The briefings among {@code ids} the user may see: one statement. */
    public List<BriefingRow> byIds(ScopeClause scope, java.util.Collection<Long> ids) {
        return rows(
                scoped(scope).and("b.id in :ids", "ids", ids),
                org.springframework.data.domain.PageRequest.of(0, Math.max(1, ids.size())));
    }

    private List<BriefingRow> rows(Conditions where, Pageable pageable) {
        var query = entityManager.createQuery(
                "select b.id, b.briefedOn, b.cityId, b.departmentId, b.shiftId, b.presenterId, b.officers, b.minutes,"
                        + " (select listagg(cast(t.topicId as String), ',') within group (order by t.topicId)"
                        + " from RollCallBriefing bt join bt.topics t where bt = b)"
                        + " from RollCallBriefing b" + where + " order by b.briefedOn desc, b.id desc",
                Object[].class);
        return where.page(query, pageable).stream()
                .map(row -> new BriefingRow(
                        (Long) row[0],
                        (LocalDate) row[1],
                        (Long) row[2],
                        (Long) row[3],
                        (Long) row[4],
                        (Long) row[5],
                        (Integer) row[6],
                        (Integer) row[7],
                        ids((String) row[8])))
                .toList();
    }

    public long count(ScopeClause scope, BriefingFilter filter) {
        Conditions where = where(scope, filter);
        return where.count(entityManager.createQuery("select count(b) from RollCallBriefing b" + where, Long.class));
    }

    /**
     * Per shift: the last briefing up to {@code to}, and the briefings and officers from {@code from} to {@code to};
     * only briefings on the topic when one is given. One statement.
     */
    public Map<Long, ShiftFigures> shiftFigures(
            ScopeClause scope, @Nullable Long topicId, LocalDate from, LocalDate to) {
        Conditions where = scoped(scope).and("b.briefedOn <= :to", "to", to).parameter("from", from);
        if (topicId != null) {
            where.and(TOPIC_CONDITION, "topicId", topicId);
        }
        var query = entityManager.createQuery(
                "select b.shiftId, max(b.briefedOn),"
                        + " sum(case when b.briefedOn >= :from then 1 else 0 end),"
                        + " sum(case when b.briefedOn >= :from then b.officers else 0 end)"
                        + " from RollCallBriefing b" + where + " group by b.shiftId",
                Object[].class);
        var figures = new HashMap<Long, ShiftFigures>();
        for (Object[] row : where.bind(query).getResultList()) {
            figures.put(
                    (Long) row[0],
                    new ShiftFigures((LocalDate) row[1], ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
        }
        return figures;
    }

    /**
     * The briefings of a department (in the user's scope) that covered any of the topics: day, shift and officers,
     * oldest first. One statement.
     */
    public List<Object[]> briefingsOn(
            ScopeClause scope, long departmentId, java.util.Collection<Long> topicIds, LocalDate from, LocalDate to) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        Conditions where = scoped(scope)
                .and("b.departmentId = :department", "department", departmentId)
                .and("b.briefedOn >= :from", "from", from)
                .and("b.briefedOn <= :to", "to", to)
                .and(
                        "exists (select 1 from RollCallBriefing bt join bt.topics t where bt = b and t.topicId in :topics)",
                        "topics",
                        topicIds);
        var query = entityManager.createQuery(
                "select b.briefedOn, b.shiftId, b.officers from RollCallBriefing b" + where
                        + " order by b.briefedOn, b.id",
                Object[].class);
        return where.bind(query).getResultList();
    }

    /** Briefings and officers briefed per city and month in the period. One statement. */
    public List<CityMonth> months(ScopeClause scope, LocalDate from, LocalDate to) {
        Conditions where =
                scoped(scope).and("b.briefedOn >= :from", "from", from).and("b.briefedOn <= :to", "to", to);
        var query = entityManager.createQuery(
                "select b.cityId, extract(year from b.briefedOn), extract(month from b.briefedOn), count(b),"
                        + " sum(b.officers) from RollCallBriefing b" + where
                        + " group by b.cityId, extract(year from b.briefedOn), extract(month from b.briefedOn)",
                Object[].class);
        return where.bind(query).getResultList().stream()
                .map(row -> new CityMonth(
                        ((Number) row[0]).longValue(),
                        YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue()),
                        ((Number) row[3]).intValue(),
                        ((Number) row[4]).intValue()))
                .toList();
    }

    private static Conditions where(ScopeClause scope, BriefingFilter filter) {
        Conditions where = scoped(scope);
        if (filter.from() != null) {
            where.and("b.briefedOn >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("b.briefedOn <= :to", "to", filter.to());
        }
        if (filter.cityId() != null) {
            where.and("b.cityId = :cityId", "cityId", filter.cityId());
        }
        if (filter.departmentId() != null) {
            where.and("b.departmentId = :departmentId", "departmentId", filter.departmentId());
        }
        if (filter.topicId() != null) {
            where.and(TOPIC_CONDITION, "topicId", filter.topicId());
        }
        return where;
    }

    private static Conditions scoped(ScopeClause scope) {
        return new Conditions().and(scope.on("b.cityId"), ScopeClause.PARAMETER, scope.accountId());
    }

    private static List<Long> ids(@Nullable String joined) {
        return joined == null || joined.isEmpty()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
