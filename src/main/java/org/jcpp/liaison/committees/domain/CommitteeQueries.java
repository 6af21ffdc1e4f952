package org.jcpp.liaison.committees.domain;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.ScopeClause;
import org.jcpp.liaison.base.database.Conditions;
import org.jcpp.liaison.committees.CommitteeRow;
import org.jcpp.liaison.committees.MeetingRow;
import org.jcpp.liaison.committees.MeetingStatus;
import org.jcpp.liaison.committees.MemberRow;
import org.jcpp.liaison.committees.RecommendationCategory;
import org.jcpp.liaison.committees.RecommendationFilter;
import org.jcpp.liaison.committees.RecommendationRow;
import org.jcpp.liaison.committees.RecommendationStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Repository;

/**
 * The committees' lists: a page is one statement, its count another, the user's city scope part of each. The months a
 * committee met are one grouped statement.
 */
@Repository
public class CommitteeQueries {

    private static final String OPEN = "r.status in (org.jcpp.liaison.committees.RecommendationStatus.RAISED,"
            + " org.jcpp.liaison.committees.RecommendationStatus.UNDER_REVIEW,"
            + " org.jcpp.liaison.committees.RecommendationStatus.ACCEPTED,"
            + " org.jcpp.liaison.committees.RecommendationStatus.PARTLY_ACCEPTED)";
    private static final String HELD = "org.jcpp.liaison.committees.MeetingStatus.HELD";

    private final EntityManager entityManager;

    CommitteeQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    // --- committees ---

    /** The committees the user may see, by city and name, with their figures today: one statement. */
    public List<CommitteeRow> committees(ScopeClause scope, @Nullable Long cityId, LocalDate today, Pageable pageable) {
        Conditions where = committeesWhere(scope, cityId).parameter("today", today);
        var query = entityManager.createQuery(
                "select c.id, c.cityId, c.name, c.active,"
                        + " (select count(m) from CommitteeMember m where m.committeeId = c.id and m.erasedAt is null"
                        + " and m.termFrom <= :today and (m.termTo is null or m.termTo >= :today)),"
                        + " (select max(mt.startsAt) from CommitteeMeeting mt"
                        + " where mt.committeeId = c.id and mt.status = " + HELD + "),"
                        + " (select count(r) from Recommendation r where r.committeeId = c.id and " + OPEN + "),"
                        + " (select count(r) from Recommendation r where r.committeeId = c.id and " + OPEN
                        + " and r.dueOn < :today)"
                        + " from AdvisoryCommittee c" + where
                        + " order by (select city.name from MemberCity city where city.id = c.cityId), c.name, c.id",
                Object[].class);
        return where.page(query, pageable).stream()
                .map(row -> new CommitteeRow(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (Boolean) row[3],
                        ((Number) row[4]).intValue(),
                        row[5] == null ? null : ((LocalDateTime) row[5]).toLocalDate(),
                        ((Number) row[6]).intValue(),
                        ((Number) row[7]).intValue()))
                .toList();
    }

    /** The committees the user may see, by name: one statement. */
    public Map<Long, String> committeeNames(ScopeClause scope) {
        Conditions where = scoped(scope, "c.cityId");
        var names = new java.util.LinkedHashMap<Long, String>();
        where.bind(entityManager.createQuery(
                        "select c.id, c.name from AdvisoryCommittee c" + where + " order by c.name, c.id",
                        Object[].class))
                .getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** Members, meetings and recommendations of a committee the user may see: one statement. */
    public org.jcpp.liaison.committees.CommitteeCounts counts(ScopeClause scope, long committeeId) {
        Conditions where = scoped(scope, "c.cityId").and("c.id = :committeeId", "committeeId", committeeId);
        var query = entityManager.createQuery(
                "select (select count(m) from CommitteeMember m where m.committeeId = c.id),"
                        + " (select count(mt) from CommitteeMeeting mt where mt.committeeId = c.id),"
                        + " (select count(r) from Recommendation r where r.committeeId = c.id)"
                        + " from AdvisoryCommittee c" + where,
                Object[].class);
        return where.bind(query)
                .getResultStream()
                .findFirst()
                .map(row -> new org.jcpp.liaison.committees.CommitteeCounts(
                        ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .orElse(new org.jcpp.liaison.committees.CommitteeCounts(0, 0, 0));
    }

    /** The committee if the user's scope allows its city: one statement. */
    public java.util.Optional<AdvisoryCommittee> committee(ScopeClause scope, long id) {
        Conditions where = scoped(scope, "c.cityId").and("c.id = :id", "id", id);
        return where.bind(
                        entityManager.createQuery("select c from AdvisoryCommittee c" + where, AdvisoryCommittee.class))
                .getResultStream()
                .findFirst();
    }

    public long countCommittees(ScopeClause scope, @Nullable Long cityId) {
        Conditions where = committeesWhere(scope, cityId);
        return where.count(entityManager.createQuery("select count(c) from AdvisoryCommittee c" + where, Long.class));
    }

    private static Conditions committeesWhere(ScopeClause scope, @Nullable Long cityId) {
        Conditions where = scoped(scope, "c.cityId");
        if (cityId != null) {
            where.and("c.cityId = :cityId", "cityId", cityId);
        }
        return where;
    }

    // --- members ---

    /** A committee's members, serving ones first, by name: one statement. */
    public List<MemberRow> members(ScopeClause scope, long committeeId, LocalDate today, Pageable pageable) {
        Conditions where = scoped(scope, "m.cityId")
                .and("m.committeeId = :committeeId", "committeeId", committeeId)
                .parameter("today", today);
        var query = entityManager.createQuery(
                "select m.id, m.fullName, m.speaksFor, m.languageIds, m.termFrom, m.termTo, m.listed,"
                        + " (m.erasedAt is null and m.termFrom <= :today and (m.termTo is null or m.termTo >= :today)),"
                        + " m.erasedAt is not null from CommitteeMember m" + where
                        + " order by case when m.erasedAt is null and m.termFrom <= :today"
                        + " and (m.termTo is null or m.termTo >= :today) then 0 else 1 end, m.fullName, m.id",
                Object[].class);
        return where.page(query, pageable).stream()
                .map(row -> new MemberRow(
                        (Long) row[0],
                        (String) row[1],
                        (String) row[2],
                        Arrays.asList((Long[]) row[3]),
                        (LocalDate) row[4],
                        (LocalDate) row[5],
                        (Boolean) row[6],
                        (Boolean) row[7],
                        (Boolean) row[8]))
                .toList();
    }

    public long countMembers(ScopeClause scope, long committeeId) {
        Conditions where = scoped(scope, "m.cityId").and("m.committeeId = :committeeId", "committeeId", committeeId);
        return where.count(entityManager.createQuery("select count(m) from CommitteeMember m" + where, Long.class));
    }

    /** Whether another member of the committee (not {@code exceptId}) has this name, case and accents aside. */
    public boolean memberNameTaken(long committeeId, String fullName, @Nullable Long exceptId) {
        var query = entityManager.createNativeQuery(
                "select exists (select 1 from committee_member where committee_id = :committeeId"
                        + " and erased_at is null and lower(f_unaccent(full_name)) = lower(f_unaccent(:name))"
                        + " and id <> :exceptId)",
                Boolean.class);
        query.setParameter("committeeId", committeeId);
        query.setParameter("name", CommitteeMember.oneSpaced(fullName));
        query.setParameter("exceptId", exceptId == null ? -1L : exceptId);
        return (Boolean) query.getSingleResult();
    }

    // --- meetings ---

    /** A committee's meetings (or all the user may see), newest first, with attendance and what was raised. */
    public List<MeetingRow> meetings(ScopeClause scope, @Nullable Long committeeId, Pageable pageable) {
        Conditions where = meetingsWhere(scope, committeeId);
        var query = entityManager.createQuery(
                "select mt.id, mt.committeeId, mt.startsAt, mt.place, mt.status, array_length(mt.memberIds),"
                        + " (select count(p) from CommitteeMeeting pm join pm.police p where pm = mt), mt.guests,"
                        + " (select count(r) from Recommendation r where r.meetingId = mt.id)"
                        + " from CommitteeMeeting mt" + where + " order by mt.startsAt desc, mt.id desc",
                Object[].class);
        return where.page(query, pageable).stream()
                .map(row -> new MeetingRow(
                        (Long) row[0],
                        (Long) row[1],
                        (LocalDateTime) row[2],
                        (String) row[3],
                        (MeetingStatus) row[4],
                        row[5] == null ? 0 : ((Number) row[5]).intValue(),
                        ((Number) row[6]).intValue(),
                        (Integer) row[7],
                        ((Number) row[8]).intValue()))
                .toList();
    }

    public long countMeetings(ScopeClause scope, @Nullable Long committeeId) {
        Conditions where = meetingsWhere(scope, committeeId);
        return where.count(entityManager.createQuery("select count(mt) from CommitteeMeeting mt" + where, Long.class));
    }

    private static Conditions meetingsWhere(ScopeClause scope, @Nullable Long committeeId) {
        Conditions where = scoped(scope, "mt.cityId");
        if (committeeId != null) {
            where.and("mt.committeeId = :committeeId", "committeeId", committeeId);
        }
        return where;
    }

    /** The meetings in scope starting in [from, to), by start, with their committee's name: one statement. */
    public List<org.jcpp.liaison.committees.MeetingSlot> slots(
            ScopeClause scope, LocalDateTime from, LocalDateTime to) {
        Conditions where = scoped(scope, "mt.cityId")
                .and("mt.startsAt >= :from", "from", from)
                .and("mt.startsAt < :to", "to", to);
        var query = entityManager.createQuery(
                "select mt.id, c.name, mt.cityId, mt.startsAt, mt.endsAt, mt.status"
                        + " from CommitteeMeeting mt join AdvisoryCommittee c on c.id = mt.committeeId" + where
                        + " order by mt.startsAt",
                Object[].class);
        return where.bind(query).getResultList().stream()
                .map(row -> new org.jcpp.liaison.committees.MeetingSlot(
                        (Long) row[0],
                        (String) row[1],
                        (Long) row[2],
                        (LocalDateTime) row[3],
                        (LocalDateTime) row[4],
                        (MeetingStatus) row[5]))
                .toList();
    }

    /** The meetings held per month of the period by one committee: one statement. */
    public Map<YearMonth, Integer> heldByMonth(ScopeClause scope, long committeeId, LocalDate from, LocalDate to) {
        // the months are taken in Java: the database holds local date-times as UTC wall-clock time, so its own
        // month of a meeting at 7 p.m. on the last day of a month would be the next one (a committee meets ~monthly)
        Conditions where = scoped(scope, "mt.cityId")
                .and("mt.committeeId = :committeeId", "committeeId", committeeId)
                .and("mt.status = " + HELD, null, null)
                .and("mt.startsAt >= :from", "from", from.atStartOfDay())
                .and("mt.startsAt < :to", "to", to.plusDays(1).atStartOfDay());
        var query =
                entityManager.createQuery("select mt.startsAt from CommitteeMeeting mt" + where, LocalDateTime.class);
        var months = new HashMap<YearMonth, Integer>();
        for (LocalDateTime start : where.bind(query).getResultList()) {
            months.merge(YearMonth.from(start), 1, Integer::sum);
        }
        return months;
    }

    // --- retention ---

    private static final String MEMBERS_DUE =
            " FROM committee_member WHERE erased_at IS NULL AND term_to IS NOT NULL AND term_to < :cutoff";
    private static final String MINUTES_DUE =
            " FROM committee_meeting WHERE starts_at < :cutoff AND minutes <> ''" + " AND minutes <> :removed";

    public long countMembersDue(LocalDate cutoff) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*)" + MEMBERS_DUE)
                        .setParameter("cutoff", cutoff)
                        .getSingleResult())
                .longValue();
    }

    /**
     * Erases the members whose term ended before the cutoff: the name becomes {@code placeholder} and its id (members
     * of one committee stay told apart), how to reach them goes. One statement; returns their ids.
     */
    public List<Long> eraseMembers(LocalDate cutoff, String placeholder) {
        List<?> ids = entityManager
                .createNativeQuery("UPDATE committee_member SET full_name = :placeholder || ' ' || id, phone = '',"
                        + " email = '', speaks_for = '', listed = FALSE, erased_at = now(), version = version + 1,"
                        + " updated_at = now() WHERE id IN (SELECT id" + MEMBERS_DUE + ") RETURNING id")
                .setParameter("cutoff", cutoff)
                .setParameter("placeholder", placeholder)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    public long countMinutesDue(LocalDateTime cutoff) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*)" + MINUTES_DUE)
                        .setParameter("cutoff", cutoff)
                        .setParameter("removed", org.jcpp.liaison.datapractices.RemovedTexts.REMOVED)
                        .getSingleResult())
                .longValue();
    }

    /** Replaces the minutes of meetings held before the cutoff: one statement; returns the meetings' ids. */
    public List<Long> removeMinutes(LocalDateTime cutoff, String removed) {
        List<?> ids = entityManager
                .createNativeQuery("UPDATE committee_meeting SET minutes = :removed, version = version + 1,"
                        + " updated_at = now() WHERE id IN (SELECT id" + MINUTES_DUE + ") RETURNING id")
                .setParameter("cutoff", cutoff)
                .setParameter("removed", removed)
                .getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    // --- recommendations ---

    /** Whether a recommendation raised at the meeting is due before {@code day}. */
    public boolean anyDueBefore(long meetingId, LocalDate day) {
        return !entityManager
                .createQuery(
                        "select r.id from Recommendation r where r.meetingId = :meetingId and r.dueOn < :day",
                        Long.class)
                .setParameter("meetingId", meetingId)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /**
     * The day the meeting's recommendations were raised, moved with the meeting: one statement; each gets a new version
     * (a page open on one sees a concurrent change).
     */
    public void moveRaisedOn(long meetingId, LocalDate day) {
        entityManager
                .createQuery("update Recommendation r set r.raisedOn = :day, r.version = r.version + 1"
                        + " where r.meetingId = :meetingId")
                .setParameter("meetingId", meetingId)
                .setParameter("day", day)
                .executeUpdate();
    }

    public long countRaisedAt(long meetingId) {
        return entityManager
                .createQuery("select count(r) from Recommendation r where r.meetingId = :meetingId", Long.class)
                .setParameter("meetingId", meetingId)
                .getSingleResult();
    }

    /** One page of the recommendations the user may see, newest first: one statement. */
    public List<RecommendationRow> recommendations(
            ScopeClause scope, RecommendationFilter filter, LocalDate today, Pageable pageable) {
        return recommendationRows(
                recommendationsWhere(scope, filter, today), today, "r.raisedOn desc, r.id desc", pageable);
    }

    public long countRecommendations(ScopeClause scope, RecommendationFilter filter, LocalDate today) {
        Conditions where = recommendationsWhere(scope, filter, today);
        return where.count(entityManager.createQuery("select count(r) from Recommendation r" + where, Long.class));
    }

    public long countRaisedAt(ScopeClause scope, long meetingId) {
        Conditions where = scoped(scope, "r.cityId").and("r.meetingId = :meetingId", "meetingId", meetingId);
        return where.count(entityManager.createQuery("select count(r) from Recommendation r" + where, Long.class));
    }

    /** The recommendations raised at one meeting, in the order they were logged. */
    public List<RecommendationRow> raisedAt(ScopeClause scope, long meetingId, LocalDate today, Pageable pageable) {
        Conditions where = scoped(scope, "r.cityId").and("r.meetingId = :meetingId", "meetingId", meetingId);
        return recommendationRows(where, today, "r.id", pageable);
    }

    /** A page of recommendations as list rows (overdue as of {@code today}), in the given order: one statement. */
    private List<RecommendationRow> recommendationRows(
            Conditions where, LocalDate today, String order, Pageable pageable) {
        where.parameter("today", today);
        var query = entityManager.createQuery(
                "select r.id, r.committeeId, r.cityId, r.raisedOn, r.title, r.category, r.status, r.dueOn,"
                        + " r.respondedOn, (" + OPEN + " and r.dueOn is not null and r.dueOn < :today)"
                        + " from Recommendation r" + where + " order by " + order,
                Object[].class);
        return where.page(query, pageable).stream()
                .map(row -> new RecommendationRow(
                        (Long) row[0],
                        (Long) row[1],
                        (Long) row[2],
                        (LocalDate) row[3],
                        (String) row[4],
                        (RecommendationCategory) row[5],
                        (RecommendationStatus) row[6],
                        (LocalDate) row[7],
                        (LocalDate) row[8],
                        Boolean.TRUE.equals(row[9])))
                .toList();
    }

    private static Conditions recommendationsWhere(ScopeClause scope, RecommendationFilter filter, LocalDate today) {
        Conditions where = scoped(scope, "r.cityId");
        if (filter.cityId() != null) {
            where.and("r.cityId = :cityId", "cityId", filter.cityId());
        }
        if (filter.committeeId() != null) {
            where.and("r.committeeId = :committeeId", "committeeId", filter.committeeId());
        }
        if (filter.status() != null) {
            where.and("r.status = :status", "status", filter.status());
        }
        if (filter.category() != null) {
            where.and("r.category = :category", "category", filter.category());
        }
        if (filter.overdueOnly()) {
            where.and(OPEN + " and r.dueOn < :today", "today", today);
        }
        if (filter.from() != null) {
            where.and("r.raisedOn >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("r.raisedOn <= :to", "to", filter.to());
        }
        return where;
    }

    private static Conditions scoped(ScopeClause scope, String cityPath) {
        return new Conditions().and(scope.on(cityPath), ScopeClause.PARAMETER, scope.accountId());
    }
}
