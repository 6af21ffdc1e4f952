package org.jcpp.liaison.contacts.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.ScopeClause;
import org.jcpp.liaison.base.ListPage;
import org.jcpp.liaison.base.ListSize;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactRow;
import org.jcpp.liaison.contacts.NeedFilter;
import org.jcpp.liaison.contacts.NeedRow;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The paged list queries of contacts and needs. Each page is one statement and its count another (the contact list's
 * first page and total: one search, then the page by id); the user's city scope is part of each statement, and
 * filtered columns are indexed (see 0005-contacts.sql). A word search sends its plan setting first, once per
 * transaction ({@link #customPlans}).
 */
@Repository
public class ContactQueries {

    private static final String NEED_ROW = "select new org.jcpp.liaison.contacts.NeedRow(n.id, n.contact.id, n.cityId,"
            + " n.category, n.description, n.status, n.ownerId, n.dueOn,"
            + " case when n.status in :openStatuses and n.dueOn < :today then true else false end,"
            + " case when n.person is not null then true else false end) from Need n";

    private final EntityManager entityManager;
    private final Clock clock;

    ContactQueries(EntityManager entityManager, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** One page of contacts, newest first: one statement. */
    public List<ContactRow> contactRows(ScopeClause scope, ContactFilter filter, Pageable pageable) {
        return contactRows(contactWhere(scope, filter), pageable);
    }

    /** One page of the contacts an import brought in, newest first: one statement. */
    public List<ContactRow> batchRows(ScopeClause scope, long batchId, Pageable pageable) {
        return contactRows(batchWhere(scope, batchId), pageable);
    }

    /** How many contacts of an import the user may see: one statement. */
    public long countBatch(ScopeClause scope, long batchId) {
        Conditions where = batchWhere(scope, batchId);
        return count(entityManager.createQuery("select count(c) from Contact c" + where, Long.class), where);
    }

    private static Conditions batchWhere(ScopeClause scope, long batchId) {
        return scoped(scope, "c.cityId").and("c.importBatchId = :batchId", "batchId", batchId);
    }

    private List<ContactRow> contactRows(Conditions where, Pageable pageable) {
        TypedQuery<ContactRow> page = entityManager.createQuery(
                "select new org.jcpp.liaison.contacts.ContactRow(c.id, c.occurredAt, c.cityId, c.liaisonId, c.kind,"
                        + " c.headcount, c.languageIds, c.languageLineUsed, c.interpreterUse, c.interpreterMode, c.summary,"
                        + " (select count(n) from Need n where n.contact = c)) from Contact c"
                        + where + " order by c.occurredAt desc, c.id desc",
                ContactRow.class);
        return rows(page, where, pageable);
    }

    /**
     * The first contacts of the list and how many match, as the list says it: exactly up to {@link
     * ListSize#EXACT_UP_TO}, else estimated from the times of the newest matches. One statement finds the ids and times
     * of the newest {@code EXACT_UP_TO + 1} matches (it reads no more than those; a text search reads its matches once,
     * not once for the size and again for the page); a second reads the first {@code rows} of them by id; when there
     * are more than that many, a third finds the oldest contact's time, of the filter's city if it has one.
     */
    public ListPage<ContactRow> firstContacts(ScopeClause scope, ContactFilter filter, int rows) {
        Conditions where = contactWhere(scope, filter);
        List<Object[]> newest = where.bind(entityManager.createQuery(
                        "select c.id, c.occurredAt from Contact c" + where + " order by c.occurredAt desc, c.id desc",
                        Object[].class))
                .setMaxResults(ListSize.EXACT_UP_TO + 1)
                .getResultList();
        List<Long> firstIds =
                newest.stream().limit(rows).map(row -> (Long) row[0]).toList();
        // by id (the caller reads both statements in one snapshot), in the user's scope as every read of contacts
        List<ContactRow> first = firstIds.isEmpty()
                ? List.of()
                : contactRows(
                        scoped(scope, "c.cityId").and("c.id in :ids", "ids", firstIds),
                        org.springframework.data.domain.PageRequest.of(0, firstIds.size()));
        return new ListPage<>(
                first,
                size(filter, newest.stream().map(row -> (LocalDateTime) row[1]).toList()));
    }

    private ListSize size(ContactFilter filter, List<LocalDateTime> newest) {
        if (newest.size() <= ListSize.EXACT_UP_TO) {
            return ListSize.exactly(newest.size());
        }
        // the period runs from its first day, but not from before the oldest contact of its city (or of all): a city
        // that began logging last year is not estimated over ten (one probe of an index either way)
        LocalDateTime oldest = filter.cityId() != null
                ? entityManager
                        .createQuery(
                                "select min(c.occurredAt) from Contact c where c.cityId = :city", LocalDateTime.class)
                        .setParameter("city", filter.cityId())
                        .getSingleResult()
                : entityManager
                        .createQuery("select min(c.occurredAt) from Contact c", LocalDateTime.class)
                        .getSingleResult();
        LocalDateTime since = filter.from() == null
                        || (oldest != null && oldest.isAfter(filter.from().atStartOfDay()))
                ? oldest
                : filter.from().atStartOfDay();
        return ListSize.ofNewest(newest, since);
    }

    /** How many contacts match: one statement. */
    public long countContacts(ScopeClause scope, ContactFilter filter) {
        Conditions where = contactWhere(scope, filter);
        return count(entityManager.createQuery("select count(c) from Contact c" + where, Long.class), where);
    }

    public List<NeedRow> needRows(ScopeClause scope, NeedFilter filter, Pageable pageable) {
        Conditions where = needWhere(scope, filter);
        return rows(
                entityManager.createQuery(
                        NEED_ROW + where + " order by n.dueOn asc nulls last, n.id desc", NeedRow.class),
                where,
                pageable);
    }

    public long countNeeds(ScopeClause scope, NeedFilter filter) {
        Conditions where = needWhere(scope, filter);
        return count(entityManager.createQuery("select count(n) from Need n" + where, Long.class), where);
    }

    /** The needs raised at an outreach event (on contacts logged at it), oldest first: one statement. */
    public List<NeedRow> needsAtEvent(ScopeClause scope, long eventId) {
        Conditions where =
                withNeedParameters(scoped(scope, "n.cityId").and("n.contact.eventId = :eventId", "eventId", eventId));
        return where.bind(entityManager.createQuery(NEED_ROW + where + " order by n.createdAt, n.id", NeedRow.class))
                .setMaxResults(500)
                .getResultList();
    }

    /** Open needs the user owns, overdue first, then by due date. */
    public List<NeedRow> followUpRows(ScopeClause scope, long ownerId, Pageable pageable) {
        Conditions where = followUpWhere(scope, ownerId);
        return rows(
                entityManager.createQuery(
                        NEED_ROW + where
                                + " order by case when n.dueOn < :today then 0 else 1 end, n.dueOn asc nulls last,"
                                + " n.id asc",
                        NeedRow.class),
                where,
                pageable);
    }

    /**
     * The user's open needs by category and city: overdue, due today, due in the next seven days (those without a due
     * date or later are not counted). One statement.
     */
    public List<org.jcpp.liaison.contacts.FollowUpCount> followUpCounts(ScopeClause scope, long ownerId) {
        Conditions where = followUpWhere(scope, ownerId)
                .parameter("weekEnd", LocalDate.now(clock).plusDays(7));
        return where.bind(entityManager.createQuery(
                        "select new org.jcpp.liaison.contacts.FollowUpCount(n.category, n.cityId,"
                                + " sum(case when n.dueOn < :today then 1 else 0 end),"
                                + " sum(case when n.dueOn = :today then 1 else 0 end),"
                                + " sum(case when n.dueOn > :today and n.dueOn <= :weekEnd then 1 else 0 end))"
                                + " from Need n" + where
                                + " group by n.category, n.cityId order by n.category, n.cityId",
                        org.jcpp.liaison.contacts.FollowUpCount.class))
                .getResultList();
    }

    public long countFollowUps(ScopeClause scope, long ownerId) {
        Conditions where = followUpWhere(scope, ownerId);
        return count(entityManager.createQuery("select count(n) from Need n" + where, Long.class), where);
    }

    private Conditions contactWhere(ScopeClause scope, ContactFilter filter) {
        var where = scoped(scope, "c.cityId");
        if (filter.from() != null) {
            where.and("c.occurredAt >= :from", "from", filter.from().atStartOfDay());
        }
        if (filter.to() != null) {
            where.and(
                    "c.occurredAt < :toExclusive",
                    "toExclusive",
                    filter.to().plusDays(1).atStartOfDay());
        }
        if (filter.cityId() != null) {
            where.and("c.cityId = :cityId", "cityId", filter.cityId());
        }
        if (filter.kind() != null) {
            where.and("c.kind = :kind", "kind", filter.kind());
        }
        if (filter.languageId() != null) {
            where.and("array_contains(c.languageIds, :languageId)", "languageId", filter.languageId());
        }
        if (filter.groupId() != null) {
            where.and("array_contains(c.groupIds, :groupId)", "groupId", filter.groupId());
        }
        if (filter.topicId() != null) {
            where.and("array_contains(c.topicIds, :topicId)", "topicId", filter.topicId());
        }
        String text = filter.text();
        if (ContactSearch.hasWords(
                text)) { // the words index (0059, with the languages 0064), under the smallest keys that hold the
            // period
            customPlans();
            where.and(
                            "function('contact_search_matches', c.summary, c.cityId, c.occurredAt, :text, :scopes)"
                                    + " = true",
                            "text",
                            text)
                    .parameter(
                            "scopes",
                            ContactSearch.scopes(
                                    filter.cityId(),
                                    filter.from() == null ? null : filter.from().atStartOfDay(),
                                    filter.to() == null
                                            ? null
                                            : filter.to().plusDays(1).atStartOfDay(),
                                    LocalDateTime.now(clock),
                                    clock.getZone()));
        } else if (text != null && !text.isBlank()) { // signs only: looked for as typed
            where.and("lower(c.summary) like :text escape '\\'", "text", Conditions.containsPattern(text));
        }
        return where;
    }

    /**
     * Plans the rest of the transaction's statements for their values. The driver prepares a statement on the server
     * once it has run five times, and PostgreSQL may then plan it once for any values. Such a plan of the word search
     * cannot use the words index (the words are a parameter): it reads every contact of the city's period and splits
     * its summary, 545-745 ms at a million contacts where the index takes 4 ms. PostgreSQL picks it when its estimate
     * is the cheaper, as it was after an import of 100,000 contacts and its undo (the words index's estimate grew;
     * docs/benchmarks.md: a round of the benchmark's text search at 624 ms p95). Planning each search costs about
     * 1.5 ms, as PostgreSQL's own choice of a plan per value did. Once per transaction (the setting lasts until its
     * end): one statement more for a search. Every search runs in its service's transaction; outside one the setting
     * would end with its own statement, so it is not sent.
     */
    private void customPlans() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(CUSTOM_PLANS)) {
            return;
        }
        entityManager
                .createNativeQuery("select set_config('plan_cache_mode', 'force_custom_plan', true)")
                .getSingleResult();
        TransactionSynchronizationManager.bindResource(CUSTOM_PLANS, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CUSTOM_PLANS);
            }
        });
    }

    /** Marks a transaction whose statements are planned for their values (the key of a transaction resource). */
    private static final Object CUSTOM_PLANS = new Object();

    private Conditions needWhere(ScopeClause scope, NeedFilter filter) {
        var where = scoped(scope, "n.cityId");
        if (filter.cityId() != null) {
            where.and("n.cityId = :cityId", "cityId", filter.cityId());
        }
        if (filter.status() != null) {
            where.and("n.status = :status", "status", filter.status());
        } else if (filter.openOnly()) {
            where.and("n.status in :openStatuses", null, null);
        }
        if (filter.category() != null) {
            where.and("n.category = :category", "category", filter.category());
        }
        if (filter.referralPartnerId() != null) {
            where.and("n.referralPartnerId = :partnerId", "partnerId", filter.referralPartnerId());
        }
        if (filter.overdueOnly()) {
            where.and("n.status in :openStatuses and n.dueOn < :today", null, null);
        }
        return withNeedParameters(where);
    }

    private Conditions followUpWhere(ScopeClause scope, long ownerId) {
        var where = scoped(scope, "n.cityId");
        where.and("n.ownerId = :ownerId", "ownerId", ownerId);
        where.and("n.status in :openStatuses", null, null);
        return withNeedParameters(where);
    }

    private static <T> List<T> rows(TypedQuery<T> query, Conditions where, Pageable pageable) {
        return where.page(query, pageable);
    }

    private static long count(TypedQuery<Long> query, Conditions where) {
        return where.count(query);
    }

    /** The conditions of a list, always starting with the user's city scope. */
    /**
     * Interpreters used on contacts in the period, by how they were provided, in the user's cities (of {@code cityIds}
     * when not empty). One statement (an index-only scan of the contacts that had one: {@code contact_interpreter_idx};
     * {@code count(*)}, as the id is not in that index: counting ids read every row).
     */
    public Map<org.jcpp.liaison.referencedata.@Nullable InterpreterMode, Long> interpretersOnContacts(
            ScopeClause scope,
            java.time.LocalDateTime from,
            java.time.LocalDateTime until,
            java.util.Collection<Long> cityIds) {
        var where = scoped(scope, "c.cityId")
                .and("c.interpreterUse = org.jcpp.liaison.referencedata.InterpreterUse.USED", null, null)
                .and("c.occurredAt >= :from", "from", from)
                .and("c.occurredAt < :until", "until", until);
        if (!cityIds.isEmpty()) {
            where.and("c.cityId in :cities", "cities", cityIds);
        }
        var query = entityManager.createQuery(
                "select c.interpreterMode, count(*) from Contact c" + where + " group by c.interpreterMode",
                Object[].class);
        var counts = new java.util.HashMap<org.jcpp.liaison.referencedata.@Nullable InterpreterMode, Long>();
        for (Object[] row : where.bind(query).getResultList()) {
            counts.put((org.jcpp.liaison.referencedata.InterpreterMode) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Interpreters used on needs' follow-ups in the period, by how they were provided (as their history keeps them). */
    public Map<String, Long> interpretersOnFollowUps(
            ScopeClause scope, java.time.Instant from, java.time.Instant until, java.util.Collection<Long> cityIds) {
        var where = scoped(scope, "n.cityId")
                .and("e.what = 'INTERPRETER'", null, null)
                .and("e.detail like 'USED%'", null, null)
                .and("e.at >= :from", "from", from)
                .and("e.at < :until", "until", until);
        if (!cityIds.isEmpty()) {
            where.and("n.cityId in :cities", "cities", cityIds);
        }
        var query = entityManager.createQuery(
                "select e.detail, count(e) from NeedEvent e join e.need n" + where + " group by e.detail",
                Object[].class);
        var counts = new java.util.HashMap<String, Long>();
        for (Object[] row : where.bind(query).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private static Conditions scoped(ScopeClause scope, String cityIdPath) {
        return new Conditions().and(scope.on(cityIdPath), ScopeClause.PARAMETER, scope.accountId());
    }

    private Conditions withNeedParameters(Conditions where) {
        return where.parameter("openStatuses", NeedStatus.OPEN_STATUSES).parameter("today", LocalDate.now(clock));
    }
}
