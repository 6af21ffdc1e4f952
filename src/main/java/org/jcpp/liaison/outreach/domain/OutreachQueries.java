package org.jcpp.liaison.outreach.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import org.jcpp.liaison.accounts.ScopeClause;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.outreach.EventFilter;
import org.jcpp.liaison.outreach.EventRow;
import org.jcpp.liaison.outreach.EventStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/** The events lists: each page one statement, its count another, the user's city scope in both. */
@Repository
public class OutreachQueries {

    private static final String ROW = "select new org.jcpp.liaison.outreach.EventRow(e.id, e.title, e.type, e.cityId,"
            + " e.startsAt, e.endsAt, e.status, e.attendance, e.organiserId) from OutreachEvent e";

    private final EntityManager entityManager;

    OutreachQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first; a series' sessions oldest first. */
    public List<EventRow> rows(ScopeClause scope, EventFilter filter, Pageable pageable) {
        Conditions where = where(scope, filter);
        String order =
                filter.seriesId() != null ? " order by e.startsAt, e.id" : " order by e.startsAt desc, e.id desc";
        return where.page(entityManager.createQuery(ROW + where + order, EventRow.class), pageable);
    }

    public long count(ScopeClause scope, EventFilter filter) {
        Conditions where = where(scope, filter);
        return where.count(entityManager.createQuery("select count(*) from OutreachEvent e" + where, Long.class));
    }

    /** One page of the events an import brought in, newest first: one statement. */
    public List<EventRow> batchRows(ScopeClause scope, long batchId, Pageable pageable) {
        Conditions where = scoped(scope).and("e.importBatchId = :batchId", "batchId", batchId);
        return where.page(
                entityManager.createQuery(ROW + where + " order by e.startsAt desc, e.id desc", EventRow.class),
                pageable);
    }

    /** How many events of an import the user may see: one statement. */
    public long countBatch(ScopeClause scope, long batchId) {
        Conditions where = scoped(scope).and("e.importBatchId = :batchId", "batchId", batchId);
        return where.count(entityManager.createQuery("select count(*) from OutreachEvent e" + where, Long.class));
    }

    /** Events starting before {@code to} and ending after {@code from}, by start: one statement. */
    public List<EventRow> between(ScopeClause scope, LocalDateTime from, LocalDateTime to) {
        Conditions where = scoped(scope).and("e.startsAt < :to", "to", to).and("e.endsAt > :from", "from", from);
        return where.bind(entityManager.createQuery(ROW + where + " order by e.startsAt, e.id", EventRow.class))
                .getResultList();
    }

    /** Planned events of an organiser that have ended: to be recorded as held or cancelled. */
    public List<EventRow> pastPlanned(ScopeClause scope, long organiserId, LocalDateTime now) {
        Conditions where = scoped(scope)
                .and("e.organiserId = :organiserId", "organiserId", organiserId)
                .and("e.status = :planned", "planned", EventStatus.PLANNED)
                .and("e.endsAt < :now", "now", now);
        return where.bind(entityManager.createQuery(ROW + where + " order by e.endsAt, e.id", EventRow.class))
                .getResultList();
    }

    private static Conditions where(ScopeClause scope, EventFilter filter) {
        Conditions where = scoped(scope);
        if (filter.from() != null) {
            where.and("e.startsAt >= :from", "from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.and(
                    "e.startsAt < :toExclusive",
                    "toExclusive",
                    filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.cityId() != null) {
            where.and("e.cityId = :cityId", "cityId", filter.cityId());
        }
        if (filter.type() != null) {
            where.and("e.type = :type", "type", filter.type());
        }
        if (filter.status() != null) {
            where.and("e.status = :status", "status", filter.status());
        }
        if (filter.partnerId() != null) {
            where.and("array_contains(e.partnerIds, :partnerId)", "partnerId", filter.partnerId());
        }
        if (filter.seriesId() != null) {
            where.and("e.seriesId = :seriesId", "seriesId", filter.seriesId());
        }
        return where;
    }

    private static Conditions scoped(ScopeClause scope) {
        return new Conditions().and(scope.on("e.cityId"), ScopeClause.PARAMETER, scope.accountId());
    }
}
