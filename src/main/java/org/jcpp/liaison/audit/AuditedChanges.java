package org.jcpp.liaison.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.datapractices.Classification;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one path every change of a record takes, so that a new module cannot leave a step out: check the version the
 * user edited (a concurrent edit is refused, never overwritten), snapshot the record's classified fields, apply the
 * change (which holds the rules and may refuse), raise the version when anything changed, even only a child row (a
 * save that changes nothing leaves it, so another open page of the record is not refused for nothing), flush (the
 * database's checks and the optimistic lock are met inside the call) and write the audit entry in the same transaction.
 * The caller first loads the record in the user's scope and checks that the user may change it.
 *
 * <p>{@code person} gives the named person a record concerns (for "who accessed this person's data"), or null.
 */
@Component
public class AuditedChanges {

    private final AuditTrail audit;
    private final EntityManager entityManager;

    AuditedChanges(AuditTrail audit, EntityManager entityManager) {
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /** A new record: filled, stored, audited with its classified fields. Returns it with its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends AbstractEntity> E create(
            RecordType type, E record, Consumer<E> fill, Function<E, @Nullable Long> person) {
        fill.accept(record);
        entityManager.persist(record);
        entityManager.flush();
        audit.created(type, id(record), person.apply(record), snapshot(record));
        return record;
    }

    /**
     * The records of a spreadsheet import, one made and filled for each row, stored together (a flush for all). They get no entry each: the
     * import writes one for the batch (its file, counts and who), and every record carries the batch's id, so the trail
     * and the batch page tell where it came from. Returns how many were stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends AbstractEntity, D> int createAll(
            List<D> rows, java.util.function.Supplier<E> make, java.util.function.BiConsumer<E, D> fill) {
        for (D row : rows) {
            E record = make.get();
            fill.accept(record, row);
            entityManager.persist(record);
        }
        entityManager.flush();
        return rows.size();
    }

    /** A change of a stored record the user edited at {@code editedVersion}: audited field by field. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends AbstractEntity> E update(
            RecordType type, E record, long editedVersion, Consumer<E> change, Function<E, @Nullable Long> person) {
        ConcurrentEditException.check(type, id(record), editedVersion, record.getVersion());
        var before = snapshot(record);
        change.accept(record);
        var changes = Changes.between(before, snapshot(record));
        if (!changes.isEmpty()) {
            record.markChanged(); // the version goes up also when only a child row changed (it is in the snapshot)
        }
        entityManager.flush();
        audit.changed(type, id(record), person.apply(record), changes);
        return record;
    }

    /** Deletes a stored record the user saw at {@code editedVersion}; the trail keeps its classified fields. */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends AbstractEntity> void delete(
            RecordType type, E record, long editedVersion, Function<E, @Nullable Long> person) {
        delete(type, record, editedVersion, person, r -> {});
    }

    /**
     * As {@link #delete(RecordType, AbstractEntity, long, Function)}, for a record whose own records go with it:
     * {@code alsoGone} writes their entries, after the version check and before the record is removed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <E extends AbstractEntity> void delete(
            RecordType type, E record, long editedVersion, Function<E, @Nullable Long> person, Consumer<E> alsoGone) {
        ConcurrentEditException.check(type, id(record), editedVersion, record.getVersion());
        alsoGone.accept(record);
        audit.deleted(type, id(record), person.apply(record), snapshot(record));
        entityManager.remove(record);
        entityManager.flush();
    }

    /** For records that name no person. */
    public static <E> @Nullable Long noPerson(E record) {
        return null;
    }

    private static Map<String, Object> snapshot(AbstractEntity record) {
        return Classification.snapshot(record);
    }

    private static long id(AbstractEntity record) {
        return Objects.requireNonNull(record.getId(), "a stored record has an id");
    }
}
