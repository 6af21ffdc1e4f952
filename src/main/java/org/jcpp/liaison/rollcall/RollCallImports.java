package org.jcpp.liaison.rollcall;

import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
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
import org.jcpp.liaison.rollcall.domain.RollCallBriefing;
import org.jcpp.liaison.rollcall.domain.RollCallQueries;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roll-call briefings that come in from a spreadsheet, as {@code ContactImports} does for contacts: a row is checked
 * with the briefing form's rules ({@link BriefingData}'s Bean Validation and the service's {@code apply} on a
 * briefing that is never stored), stored with the same {@code apply} and tagged with its batch; a batch is undone as a
 * whole, or not at all once one of its briefings changed.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class RollCallImports {

    /** A briefing still as it came in. */
    private static final String UNCHANGED = "t.version = 0";

    private final RollCallService rollCall;
    private final RollCallQueries queries;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final Validator validator;
    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;

    RollCallImports(
            RollCallService rollCall,
            RollCallQueries queries,
            CurrentUser currentUser,
            AuditedChanges changes,
            Validator validator,
            EntityManager entityManager,
            JdbcTemplate jdbc) {
        this.rollCall = rollCall;
        this.queries = queries;
        this.currentUser = currentUser;
        this.changes = changes;
        this.validator = validator;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    /** Refuses a row the briefing form would refuse, naming the record component at fault and the message key. */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    public void check(BriefingData data) {
        Violations.refuseInvalid(validator, data);
        long me = currentUser.requireId();
        rollCall.apply(new RollCallBriefing(me), data, currentUser.scope(), me);
    }

    /** Which of the keys a stored briefing already has: one statement. */
    public Set<BriefingKey> existing(Collection<BriefingKey> keys) {
        return ImportedRows.existing(
                jdbc,
                "roll_call_briefing",
                keys,
                KeyColumn.of("shift_id", "bigint", k -> Long.toString(k.shiftId())),
                KeyColumn.of("briefed_on", "date", k -> k.briefedOn().toString()),
                KeyColumn.of("officers", "int", k -> Integer.toString(k.officers())));
    }

    /** Stores checked rows as briefings of the batch, each through the briefing form's {@code apply}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int store(long batchId, List<BriefingData> rows) {
        long me = currentUser.requireId();
        var scope = currentUser.scope();
        int stored = changes.createAll(rows, () -> new RollCallBriefing(me), (briefing, row) -> {
            rollCall.apply(briefing, row, scope, me);
            briefing.setImportBatchId(batchId);
        });
        entityManager.clear();
        return stored;
    }

    /** How many of the batch's briefings changed since they came in. */
    public long changedSince(long batchId) {
        return ImportedRows.changed(jdbc, "roll_call_briefing", UNCHANGED, batchId);
    }

    /** Removes the batch's briefings, in the caller's transaction; refused as {@code ContactImports.undo} is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int undo(long batchId) {
        entityManager.flush();
        return ImportedRows.undo(
                jdbc, "roll_call_briefing", UNCHANGED, batchId, queries.countBatch(currentUser.scopeClause(), batchId));
    }

    public List<BriefingRow> rows(long batchId, Pageable pageable) {
        return queries.batchRows(currentUser.scopeClause(), batchId, pageable);
    }

    public long count(long batchId) {
        return queries.countBatch(currentUser.scopeClause(), batchId);
    }
}
