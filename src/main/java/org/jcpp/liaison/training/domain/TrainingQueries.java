package org.jcpp.liaison.training.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.accounts.ScopeClause;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.training.SessionFilter;
import org.jcpp.liaison.training.SessionRow;
import org.jcpp.liaison.training.TopicFilter;
import org.jcpp.liaison.training.TopicRow;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingMonth;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/** The paged lists of the training module: each page one statement, its count another. */
@Repository
public class TrainingQueries {

    private final EntityManager entityManager;

    TrainingQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Topics by title; {@code onlyStatus} (for users who may read only the active catalog) overrides the filter's. */
    public List<TopicRow> topicRows(TopicFilter filter, @Nullable TopicStatus onlyStatus, Pageable pageable) {
        Conditions where = topicWhere(filter, onlyStatus);
        return where.page(
                entityManager.createQuery(
                        "select new org.jcpp.liaison.training.TopicRow(t.id, t.title, t.summary, t.audience, t.status,"
                                + " t.revision, t.updatedAt, case when t.sourceNeedId is not null then true else false"
                                + " end) from TrainingTopic t" + where + " order by lower(t.title), t.id",
                        TopicRow.class),
                pageable);
    }

    public long countTopics(TopicFilter filter, @Nullable TopicStatus onlyStatus) {
        Conditions where = topicWhere(filter, onlyStatus);
        return where.count(entityManager.createQuery("select count(t) from TrainingTopic t" + where, Long.class));
    }

    public List<SessionRow> sessionRows(ScopeClause scope, SessionFilter filter, Pageable pageable) {
        Conditions where = sessionWhere(scope, filter);
        return where.page(
                entityManager.createQuery(
                        "select new org.jcpp.liaison.training.SessionRow(s.id, s.heldOn, s.cityId, s.departmentId,"
                                + " s.topicId, s.topicRevision, s.hours, s.attendees, s.rating) from TrainingSession s"
                                + where + " order by s.heldOn desc, s.id desc",
                        SessionRow.class),
                pageable);
    }

    public long countSessions(ScopeClause scope, SessionFilter filter) {
        Conditions where = sessionWhere(scope, filter);
        return where.count(entityManager.createQuery("select count(s) from TrainingSession s" + where, Long.class));
    }

    /** Sessions, hours and officers trained per city and month in the period, for the cities in scope. */
    public List<TrainingMonth> months(ScopeClause scope, LocalDate from, LocalDate to) {
        Conditions where =
                scoped(scope, "s.cityId").and("s.heldOn >= :from", "from", from).and("s.heldOn <= :to", "to", to);
        var query = entityManager.createQuery(
                "select s.cityId, extract(year from s.heldOn), extract(month from s.heldOn), count(s), sum(s.hours),"
                        + " sum(s.attendees) from TrainingSession s" + where
                        + " group by s.cityId, extract(year from s.heldOn), extract(month from s.heldOn)",
                Object[].class);
        return where.bind(query).getResultList().stream()
                .map(row -> new TrainingMonth(
                        ((Number) row[0]).longValue(),
                        java.time.YearMonth.of(((Number) row[1]).intValue(), ((Number) row[2]).intValue()),
                        ((Number) row[3]).intValue(),
                        (java.math.BigDecimal) row[4],
                        ((Number) row[5]).intValue()))
                .toList();
    }

    private static Conditions topicWhere(TopicFilter filter, @Nullable TopicStatus onlyStatus) {
        var where = new Conditions();
        TopicStatus status = onlyStatus != null ? onlyStatus : filter.status();
        if (status != null) {
            where.and("t.status = :status", "status", status);
        }
        if (filter.audience() != null) {
            where.and("t.audience = :audience", "audience", filter.audience());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.and(
                    "(lower(t.title) like :text escape '\\' or lower(t.summary) like :text escape '\\')",
                    "text",
                    Conditions.containsPattern(filter.text()));
        }
        return where;
    }

    private static Conditions sessionWhere(ScopeClause scope, SessionFilter filter) {
        var where = scoped(scope, "s.cityId");
        if (filter.from() != null) {
            where.and("s.heldOn >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("s.heldOn <= :to", "to", filter.to());
        }
        if (filter.cityId() != null) {
            where.and("s.cityId = :cityId", "cityId", filter.cityId());
        }
        if (filter.topicId() != null) {
            where.and("s.topicId = :topicId", "topicId", filter.topicId());
        }
        return where;
    }

    private static Conditions scoped(ScopeClause scope, String cityIdPath) {
        return new Conditions().and(scope.on(cityIdPath), ScopeClause.PARAMETER, scope.accountId());
    }
}
