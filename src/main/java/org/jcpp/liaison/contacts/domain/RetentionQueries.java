package org.jcpp.liaison.contacts.domain;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jcpp.liaison.contacts.NeedChange;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.springframework.stereotype.Repository;

/**
 * Retention on the daily log by set-based statements: counts for the preview, and updates that touch every due row in
 * one statement per table (no entity is loaded). Each update raises the row's version, so a page opened before the run
 * sees a concurrent edit instead of saving the old text back.
 */
@Repository
public class RetentionQueries {

    /** Needs whose named person is due for erasure: closed before the cutoff, on a contact without a legal hold. */
    private static final String PERSONS_DUE = " FROM need n JOIN contact c ON c.id = n.contact_id"
            + " WHERE n.person_id IS NOT NULL AND n.closed_at < :cutoff AND NOT c.legal_hold";

    /**
     * Contacts whose texts are due for removal: older than the cutoff, not yet removed, without a legal hold. The
     * placeholder is written into the statement (a constant, not typed by anyone) so that PostgreSQL can use the partial
     * index contact_texts_kept_idx (0028), whose condition is the same.
     */
    private static final String TEXTS_DUE = " FROM contact WHERE occurred_at < :cutoff AND summary <> '"
            + RemovedTexts.REMOVED + "' AND NOT legal_hold";

    private final EntityManager entityManager;

    RetentionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long countPersonsDue(Instant cutoff) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*)" + PERSONS_DUE)
                        .setParameter("cutoff", Timestamp.from(cutoff))
                        .getSingleResult())
                .longValue();
    }

    public long countTextsDue(LocalDateTime cutoff) {
        return ((Number) entityManager
                        .createNativeQuery("SELECT count(*)" + TEXTS_DUE)
                        .setParameter("cutoff", cutoff)
                        .getSingleResult())
                .longValue();
    }

    /** A need whose named person was erased, and who that was (for the audit trail's "who accessed this person"). */
    public record Erased(long needId, long personId) {}

    /** Takes the named person off every due need and deletes them: two statements. */
    public List<Erased> erasePersons(Instant cutoff) {
        List<?> rows = entityManager
                .createNativeQuery("WITH due AS (SELECT n.id, n.person_id" + PERSONS_DUE + ")"
                        + " UPDATE need SET person_id = NULL, version = version + 1, updated_at = now() FROM due"
                        + " WHERE need.id = due.id RETURNING need.id, due.person_id")
                .setParameter("cutoff", Timestamp.from(cutoff))
                .getResultList();
        var erased = new ArrayList<Erased>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            erased.add(new Erased(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
        }
        if (!erased.isEmpty()) {
            entityManager
                    .createNativeQuery("DELETE FROM named_person WHERE id = ANY(CAST(:ids AS bigint[]))")
                    .setParameter("ids", erased.stream().map(Erased::personId).toArray(Long[]::new))
                    .executeUpdate();
        }
        return erased;
    }

    /** The contacts and needs whose texts were removed. */
    public record Removed(List<Long> contactIds, List<Long> needIds) {}

    /**
     * Replaces the summaries of the due contacts and the descriptions, outcomes and the words in the history of their
     * needs by {@link RemovedTexts#REMOVED}: three statements.
     */
    public Removed removeTexts(LocalDateTime cutoff) {
        String removed = RemovedTexts.REMOVED;
        List<Long> contactIds = ids(entityManager
                .createNativeQuery("WITH due AS (SELECT id" + TEXTS_DUE + ")"
                        + " UPDATE contact SET summary = :removed, version = version + 1, updated_at = now()"
                        + " FROM due WHERE contact.id = due.id RETURNING contact.id")
                .setParameter("cutoff", cutoff)
                .setParameter("removed", RemovedTexts.REMOVED)
                .getResultList());
        if (contactIds.isEmpty()) {
            return new Removed(List.of(), List.of());
        }
        List<Long> needIds = ids(entityManager
                .createNativeQuery("UPDATE need SET description = :removed,"
                        + " outcome = CASE WHEN outcome = '' THEN '' ELSE :removed END,"
                        + " version = version + 1, updated_at = now()"
                        + " WHERE contact_id = ANY(CAST(:ids AS bigint[])) RETURNING id")
                .setParameter("removed", removed)
                .setParameter("ids", contactIds.toArray(Long[]::new))
                .getResultList());
        if (!needIds.isEmpty()) {
            entityManager
                    .createNativeQuery("UPDATE need_event SET detail = :removed"
                            + " WHERE need_id = ANY(CAST(:ids AS bigint[])) AND what IN (:kinds)")
                    .setParameter("removed", removed)
                    .setParameter("kinds", NeedChange.FREE_TEXT_KINDS)
                    .setParameter("ids", needIds.toArray(Long[]::new))
                    .executeUpdate();
        }
        return new Removed(contactIds, needIds);
    }

    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }
}
