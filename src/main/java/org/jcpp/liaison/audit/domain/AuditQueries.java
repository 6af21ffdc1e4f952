package org.jcpp.liaison.audit.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditRow;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/** The audit search: one statement for a page, one for the count, newest first. */
@Repository
public class AuditQueries {

    private final EntityManager entityManager;

    AuditQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One UPDATE entry per record id, all with the same actor and changes, by one INSERT … SELECT over the ids (the
     * trail's many-record path: retention touches hundreds of thousands of records in its first run).
     */
    public void insertEach(
            String actor,
            String action,
            String recordType,
            List<Long> recordIds,
            @Nullable List<@Nullable Long> personIds,
            String changes) {
        entityManager
                .createNativeQuery("INSERT INTO audit_event (actor, action, record_type, record_id, person_id, changes)"
                        + " SELECT :actor, :action, :type, r.id, r.person, :changes"
                        + " FROM unnest(CAST(:ids AS bigint[]), CAST(:persons AS bigint[])) AS r(id, person)")
                .setParameter("actor", actor)
                .setParameter("action", action)
                .setParameter("type", recordType)
                .setParameter("changes", changes)
                .setParameter("ids", recordIds.toArray(Long[]::new))
                .setParameter(
                        "persons", personIds == null ? new Long[recordIds.size()] : personIds.toArray(Long[]::new))
                .executeUpdate();
    }

    /** {@code actors}: the lower-case usernames the user filter stands for (null: any user). */
    public List<AuditRow> rows(AuditFilter filter, @Nullable List<String> actors, Pageable pageable) {
        var parameters = new HashMap<String, Object>();
        String where = where(filter, actors, parameters);
        TypedQuery<AuditRow> query = entityManager.createQuery(
                "select new org.jcpp.liaison.audit.AuditRow(e.id, e.at, e.actor, e.action, e.recordType, e.recordId,"
                        + " e.personId, e.changes, e.detail) from AuditEvent e" + where
                        + " order by e.at desc, e.id desc",
                AuditRow.class);
        parameters.forEach(query::setParameter);
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize());
        return query.getResultList();
    }

    public long count(AuditFilter filter, @Nullable List<String> actors) {
        var parameters = new HashMap<String, Object>();
        String where = where(filter, actors, parameters);
        TypedQuery<Long> query = entityManager.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(AuditFilter filter, @Nullable List<String> actors, Map<String, Object> parameters) {
        var clause = new StringBuilder(" where 1 = 1");
        if (actors != null) {
            clause.append(" and lower(e.actor) in :actors");
            parameters.put("actors", actors);
        }
        if (filter.action() != null) {
            clause.append(" and e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.recordType() != null) {
            clause.append(" and e.recordType = :recordType");
            parameters.put("recordType", filter.recordType());
        }
        if (filter.recordId() != null) {
            clause.append(" and e.recordId = :recordId");
            parameters.put("recordId", filter.recordId());
        }
        if (filter.personId() != null) {
            clause.append(" and e.personId = :personId");
            parameters.put("personId", filter.personId());
        }
        ZoneId zone = ZoneId.systemDefault();
        if (filter.from() != null) {
            clause.append(" and e.at >= :from");
            parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
        }
        if (filter.to() != null) {
            clause.append(" and e.at < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        return clause.toString();
    }
}
