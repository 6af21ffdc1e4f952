package org.jcpp.liaison.contacts;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.Violations;
import org.jcpp.liaison.base.database.ImportedRows;
import org.jcpp.liaison.base.database.ImportedRows.KeyColumn;
import org.jcpp.liaison.contacts.domain.Contact;
import org.jcpp.liaison.contacts.domain.ContactQueries;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts that come in from a spreadsheet. A row is checked with the rules of the contact form (its Bean
 * Validation and {@link ContactService#validate}: the user's cities, the date window, the reference lists, the
 * needs), stored with the contact's own {@code record} step and tagged with its batch; a batch is undone as a whole,
 * or not at all when one of its contacts or needs changed since. Scoped to the signed-in user's cities.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class ContactImports {

    private final ContactService contacts;
    private final ContactQueries queries;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final Validator validator;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    ContactImports(
            ContactService contacts,
            ContactQueries queries,
            CurrentUser currentUser,
            AuditedChanges changes,
            Validator validator,
            EntityManager entityManager,
            JdbcTemplate jdbc,
            Clock clock) {
        this.contacts = contacts;
        this.queries = queries;
        this.currentUser = currentUser;
        this.changes = changes;
        this.validator = validator;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /**
     * Refuses a row the contact form would refuse, with the record component at fault (as the form marks it) and the
     * message key: first what was typed, then what needs the stored lists and the user's cities. A refusal leaves the
     * import's transaction to go on with the next row.
     */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    public void check(ContactData data) {
        Violations.refuseInvalid(validator, data);
        contacts.validate(data, currentUser.scope(), currentUser.requireId());
    }

    /**
     * Which of the keys a stored contact already has: one statement. Times are stored as UTC wall-clock times
     * ({@code hibernate.jdbc.time_zone}), so a key's program time is turned into that first.
     */
    public Set<ContactKey> existing(Collection<ContactKey> keys) {
        return ImportedRows.existing(
                jdbc,
                "contact",
                keys,
                KeyColumn.of("city_id", "bigint", k -> Long.toString(k.cityId())),
                KeyColumn.of("kind", "varchar", k -> k.kind().name()),
                KeyColumn.of("occurred_at", "timestamp", k -> k.occurredAt()
                        .atZone(zone)
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime()
                        .toString()),
                KeyColumn.of("headcount", "int", k -> Integer.toString(k.headcount())));
    }

    /**
     * Stores checked rows as contacts of the batch, each through the contact's own {@code record} step (and its needs
     * through the form's), in the caller's transaction; then empties the persistence context, so that a long import
     * holds no entities. Returns how many were stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int store(long batchId, List<ContactData> rows) {
        long me = currentUser.requireId();
        int stored = changes.createAll(rows, () -> new Contact(me), (contact, row) -> {
            contact.record(row, me);
            contact.setImportBatchId(batchId);
            for (int i = 0; i < row.needs().size(); i++) {
                contact.addNeed(contacts.newNeed(row.needs().get(i), contact, me, i));
            }
        });
        entityManager.clear();
        return stored;
    }

    /** A contact still as it came in: not changed, not on legal hold, none of its needs changed. */
    private static final String UNCHANGED = "t.version = 0 and not t.legal_hold"
            + " and not exists (select 1 from need n where n.contact_id = t.id and n.version > 0)";

    /** How many of the batch's contacts (or their needs) changed since they came in, or are on legal hold. */
    public long changedSince(long batchId) {
        return ImportedRows.changed(jdbc, "contact", UNCHANGED, batchId);
    }

    /**
     * Removes the batch's contacts with their needs, in the caller's transaction: refused when one changed since
     * ({@code import.undo.changed}) or lies outside the user's cities ({@code import.undo.not-yours}). Returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int undo(long batchId) {
        entityManager.flush();
        return ImportedRows.undo(
                jdbc, "contact", UNCHANGED, batchId, queries.countBatch(currentUser.scopeClause(), batchId));
    }

    /** One page of the batch's contacts the user may see, newest first: one statement. */
    public List<ContactRow> rows(long batchId, Pageable pageable) {
        return queries.batchRows(currentUser.scopeClause(), batchId, pageable);
    }

    /** How many of the batch's contacts the user may see: one statement. */
    public long count(long batchId) {
        return queries.countBatch(currentUser.scopeClause(), batchId);
    }
}
