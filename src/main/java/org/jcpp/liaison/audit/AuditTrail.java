package org.jcpp.liaison.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jcpp.liaison.audit.domain.AuditEvent;
import org.jcpp.liaison.audit.domain.AuditEventRepository;
import org.jcpp.liaison.audit.domain.AuditQueries;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.UserNames;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ChangeReader reader;
    private final ObjectProvider<UserNames> userNames;

    AuditTrail(
            AuditEventRepository events,
            AuditQueries queries,
            ChangeReader reader,
            ObjectProvider<UserNames> userNames) {
        this.events = events;
        this.queries = queries;
        this.reader = reader;
        this.userNames = userNames;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(RecordType recordType, long recordId, @Nullable Long personId, Map<String, ?> values) {
        write(AuditAction.CREATE, recordType, recordId, personId, JSON.writeValueAsString(values), "");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(RecordType recordType, long recordId, @Nullable Long personId, Changes changes) {
        if (!changes.isEmpty()) {
            write(AuditAction.UPDATE, recordType, recordId, personId, JSON.writeValueAsString(changes.asMap()), "");
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(RecordType recordType, long recordId, @Nullable Long personId, Map<String, ?> values) {
        write(AuditAction.DELETE, recordType, recordId, personId, JSON.writeValueAsString(values), "");
    }

    /**
     * The same change made to many records at once (retention): one entry per record, as {@link #changed} would write
     * them, by one statement. {@code personIds} (null: none) gives each record's named person, in the same order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changedEach(
            RecordType recordType, List<Long> recordIds, @Nullable List<@Nullable Long> personIds, Changes changes) {
        if (recordIds.isEmpty() || changes.isEmpty()) {
            return;
        }
        if (personIds != null && personIds.size() != recordIds.size()) {
            throw new IllegalArgumentException("one person id (or null) per record");
        }
        queries.insertEach(
                actor(),
                AuditAction.UPDATE.name(),
                recordType.code(),
                recordIds,
                personIds,
                JSON.writeValueAsString(changes.asMap()));
    }

    /** A record that names a person was read: written in the reading transaction (which must not be read-only). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void viewed(RecordType recordType, long recordId, long personId) {
        write(AuditAction.VIEW, recordType, recordId, personId, null, "");
    }

    /**
     * A record holding private data of someone who is not a resident (an advisory committee member's contact details)
     * was read: the entry names the record, not a named person.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void viewed(RecordType recordType, long recordId) {
        write(AuditAction.VIEW, recordType, recordId, null, null, "");
    }

    /** Personal data left the app (an export for a resident's request), written in the exporting transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void exported(RecordType recordType, long recordId, @Nullable Long personId, String detail) {
        write(AuditAction.EXPORT, recordType, recordId, personId, null, detail);
    }

    /** Sign-in events: in the caller's transaction when there is one, else in their own. */
    @Transactional
    public void signIn(String username, AuditAction action, String detail) {
        events.save(new AuditEvent(username, action, RecordType.ACCOUNT.code(), null, null, null, detail));
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditFilter filter, Pageable pageable) {
        return queries.rows(filter, actors(filter), pageable);
    }

    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return queries.count(filter, actors(filter));
    }

    /**
     * The fields an entry names, as people read them: before and after of a change, the values of a creation or
     * deletion, with stored ids of cities, languages, groups, accounts … turned into their names.
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<FieldChange> fieldChanges(AuditRow row) {
        return row.changes() == null || row.changes().isBlank() ? List.of() : reader.read(row.action(), row.changes());
    }

    /** The name of the user an entry's actor (a username) belongs to, if there is such an account. */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    @Transactional(readOnly = true)
    public Optional<String> actorName(String actor) {
        var names = userNames.getIfAvailable();
        return names == null ? Optional.empty() : names.displayName(actor);
    }

    /** The usernames the user filter stands for: the text itself and every account whose name contains it. */
    private @Nullable List<String> actors(AuditFilter filter) {
        if (filter.actor() == null || filter.actor().isBlank()) {
            return null;
        }
        var usernames = new LinkedHashSet<String>();
        usernames.add(filter.actor().strip().toLowerCase(Locale.ROOT));
        var names = userNames.getIfAvailable();
        if (names != null) {
            names.usernamesMatching(filter.actor()).forEach(u -> usernames.add(u.toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(usernames);
    }

    private void write(
            AuditAction action,
            RecordType recordType,
            long recordId,
            @Nullable Long personId,
            @Nullable String changes,
            String detail) {
        events.save(new AuditEvent(actor(), action, recordType.code(), recordId, personId, changes, detail));
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "system" : auth.getName();
    }
}
