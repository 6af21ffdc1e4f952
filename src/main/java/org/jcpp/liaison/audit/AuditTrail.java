package org.jcpp.liaison.audit;

import java.util.List;
import java.util.Map;
import org.jcpp.liaison.audit.domain.AuditEvent;
import org.jcpp.liaison.audit.domain.AuditEventRepository;
import org.jcpp.liaison.audit.domain.AuditQueries;
import org.jcpp.liaison.base.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail: who created, changed, deleted or viewed which record, and when. Changes are written in the
 * transaction of the change itself (a change without its audit entry cannot commit); the table is append-only.
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final AuditEventRepository events;
    private final AuditQueries queries;

    AuditTrail(AuditEventRepository events, AuditQueries queries) {
        this.events = events;
        this.queries = queries;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(String recordType, long recordId, @Nullable Long personId, Map<String, ?> values) {
        write(AuditAction.CREATE, recordType, recordId, personId, JSON.writeValueAsString(values), "");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(String recordType, long recordId, @Nullable Long personId, Changes changes) {
        if (!changes.isEmpty()) {
            write(AuditAction.UPDATE, recordType, recordId, personId, JSON.writeValueAsString(changes.asMap()), "");
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(String recordType, long recordId, @Nullable Long personId, Map<String, ?> values) {
        write(AuditAction.DELETE, recordType, recordId, personId, JSON.writeValueAsString(values), "");
    }

    /** A record that names a person was read: written in the reading transaction (which must not be read-only). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void viewed(String recordType, long recordId, long personId) {
        write(AuditAction.VIEW, recordType, recordId, personId, null, "");
    }

    /** Personal data left the app (an export for a resident's request), written in the exporting transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void exported(String recordType, long recordId, @Nullable Long personId, String detail) {
        write(AuditAction.EXPORT, recordType, recordId, personId, null, detail);
    }

    /** Sign-in events: in the caller's transaction when there is one, else in their own. */
    @Transactional
    public void signIn(String username, AuditAction action, String detail) {
        events.save(new AuditEvent(username, action, "account", null, null, null, detail));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditFilter filter, Pageable pageable) {
        return queries.rows(filter, pageable);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return queries.count(filter);
    }

    private void write(
            AuditAction action,
            String recordType,
            long recordId,
            @Nullable Long personId,
            @Nullable String changes,
            String detail) {
        events.save(new AuditEvent(actor(), action, recordType, recordId, personId, changes, detail));
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
