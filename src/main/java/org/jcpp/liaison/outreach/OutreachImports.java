package org.jcpp.liaison.outreach;

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
import org.jcpp.liaison.outreach.domain.OutreachEvent;
import org.jcpp.liaison.outreach.domain.OutreachQueries;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outreach events that come in from a spreadsheet, as {@code ContactImports} does for contacts: a row is checked with
 * the event form's rules ({@link EventData}'s Bean Validation and {@code checkRecord}, and the service's {@code apply}
 * on an event that is never stored), stored with the same {@code apply} and tagged with its batch; a batch is undone
 * as a whole, or not at all once one of its events changed or a contact was logged at it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class OutreachImports {

    /** An event still as it came in: not changed, and no contact logged at it. */
    private static final String UNCHANGED =
            "t.version = 0 and not exists (select 1 from contact c where c.event_id = t.id)";

    private final OutreachService outreach;
    private final OutreachQueries queries;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final Validator validator;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    OutreachImports(
            OutreachService outreach,
            OutreachQueries queries,
            CurrentUser currentUser,
            AuditedChanges changes,
            Validator validator,
            EntityManager entityManager,
            JdbcTemplate jdbc,
            Clock clock) {
        this.outreach = outreach;
        this.queries = queries;
        this.currentUser = currentUser;
        this.changes = changes;
        this.validator = validator;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** Refuses a row the event form would refuse, naming the record component at fault and the message key. */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    public void check(EventData data) {
        Violations.refuseInvalid(validator, data);
        long me = currentUser.requireId();
        outreach.apply(new OutreachEvent(me), data, currentUser.scope(), me);
    }

    /** Which of the keys a stored event already has: one statement (start times stored as UTC wall-clock times). */
    public Set<EventKey> existing(Collection<EventKey> keys) {
        return ImportedRows.existing(
                jdbc,
                "outreach_event",
                keys,
                KeyColumn.of("city_id", "bigint", k -> Long.toString(k.cityId())),
                KeyColumn.of("type", "varchar", k -> k.type().name()),
                KeyColumn.of("starts_at", "timestamp", k -> k.startsAt()
                        .atZone(zone)
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime()
                        .toString()),
                KeyColumn.nullable(
                        "attendance", "int", k -> k.attendance() == null ? null : Integer.toString(k.attendance())));
    }

    /** Stores checked rows as events of the batch, each through the event form's {@code apply}, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int store(long batchId, List<EventData> rows) {
        long me = currentUser.requireId();
        var scope = currentUser.scope();
        int stored = changes.createAll(rows, () -> new OutreachEvent(me), (event, row) -> {
            outreach.apply(event, row, scope, me);
            event.setImportBatchId(batchId);
        });
        entityManager.clear();
        return stored;
    }

    /** How many of the batch's events changed since they came in, or have contacts logged at them. */
    public long changedSince(long batchId) {
        return ImportedRows.changed(jdbc, "outreach_event", UNCHANGED, batchId);
    }

    /** Removes the batch's events, in the caller's transaction; refused as {@code ContactImports.undo} is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int undo(long batchId) {
        entityManager.flush();
        return ImportedRows.undo(
                jdbc, "outreach_event", UNCHANGED, batchId, queries.countBatch(currentUser.scopeClause(), batchId));
    }

    public List<EventRow> rows(long batchId, Pageable pageable) {
        return queries.batchRows(currentUser.scopeClause(), batchId, pageable);
    }

    public long count(long batchId) {
        return queries.countBatch(currentUser.scopeClause(), batchId);
    }
}
