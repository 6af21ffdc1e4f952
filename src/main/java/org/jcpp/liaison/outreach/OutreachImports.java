package org.jcpp.liaison.outreach;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.Roles;
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

    private static final String UNCHANGED = "e.import_batch_id = ? and e.version = 0"
            + " and not exists (select 1 from contact c where c.event_id = e.id)";

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
        Set<ConstraintViolation<EventData>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            var first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            throw new InvalidInputException(first.getPropertyPath().toString(), first.getMessage());
        }
        long me = currentUser.requireId();
        outreach.apply(new OutreachEvent(me), data, currentUser.scope(), me);
    }

    /** Which of the keys a stored event already has: one statement (start times stored as UTC wall-clock times). */
    public Set<EventKey> existing(Collection<EventKey> keys) {
        var found = new HashSet<EventKey>();
        if (keys.isEmpty()) {
            return found;
        }
        var list = new ArrayList<>(keys);
        String[] cities = list.stream().map(k -> Long.toString(k.cityId())).toArray(String[]::new);
        String[] types = list.stream().map(k -> k.type().name()).toArray(String[]::new);
        String[] starts = list.stream()
                .map(k -> k.startsAt()
                        .atZone(zone)
                        .withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime()
                        .toString())
                .toArray(String[]::new);
        String[] heads = list.stream()
                .map(k -> k.attendance() == null ? null : Integer.toString(k.attendance()))
                .toArray(String[]::new);
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement("select distinct k.n from outreach_event e"
                            + " join unnest(?::bigint[], ?::varchar[], ?::timestamp[], ?::int[])"
                            + " with ordinality as k(city_id, type, starts_at, attendance, n)"
                            + " on e.city_id = k.city_id and e.type = k.type and e.starts_at = k.starts_at"
                            + " and e.attendance is not distinct from k.attendance");
                    statement.setArray(1, connection.createArrayOf("varchar", cities));
                    statement.setArray(2, connection.createArrayOf("varchar", types));
                    statement.setArray(3, connection.createArrayOf("varchar", starts));
                    statement.setArray(4, connection.createArrayOf("varchar", heads));
                    return statement;
                },
                row -> {
                    found.add(list.get(row.getInt(1) - 1));
                });
        return found;
    }

    /** Stores checked rows as events of the batch, each through the event form's {@code apply}, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int store(long batchId, List<EventData> rows) {
        long me = currentUser.requireId();
        var scope = currentUser.scope();
        var records = new ArrayList<OutreachEvent>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            records.add(new OutreachEvent(me));
        }
        var index = new int[] {0};
        int stored = changes.createAll(records, event -> {
            outreach.apply(event, rows.get(index[0]++), scope, me);
            event.setImportBatchId(batchId);
        });
        entityManager.clear();
        return stored;
    }

    /** How many of the batch's events changed since they came in, or have contacts logged at them. */
    public long changedSince(long batchId) {
        Long all = jdbc.queryForObject(
                "select count(*) from outreach_event where import_batch_id = ?", Long.class, batchId);
        Long unchanged =
                jdbc.queryForObject("select count(*) from outreach_event e where " + UNCHANGED, Long.class, batchId);
        return (all == null ? 0 : all) - (unchanged == null ? 0 : unchanged);
    }

    /** Removes the batch's events, in the caller's transaction; refused as {@code ContactImports.undo} is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int undo(long batchId) {
        if (changedSince(batchId) > 0) {
            throw new InvalidInputException("", "import.undo.changed");
        }
        Long all = jdbc.queryForObject(
                "select count(*) from outreach_event where import_batch_id = ?", Long.class, batchId);
        if (all != null && all != queries.countBatch(currentUser.scopeClause(), batchId)) {
            throw new InvalidInputException("", "import.undo.not-yours");
        }
        entityManager.flush();
        int removed = jdbc.update("delete from outreach_event e where " + UNCHANGED, batchId);
        if (all != null && removed != all) {
            throw new InvalidInputException("", "import.undo.changed");
        }
        return removed;
    }

    public List<EventRow> rows(long batchId, Pageable pageable) {
        return queries.batchRows(currentUser.scopeClause(), batchId, pageable);
    }

    public long count(long batchId) {
        return queries.countBatch(currentUser.scopeClause(), batchId);
    }
}
