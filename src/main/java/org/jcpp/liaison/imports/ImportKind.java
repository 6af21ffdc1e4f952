package org.jcpp.liaison.imports;

import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.RecordType;
import org.jspecify.annotations.Nullable;

/** What a file holds: one kind of record per file. */
public enum ImportKind {
    CONTACTS(RecordType.CONTACT),
    EVENTS(RecordType.OUTREACH_EVENT),
    BRIEFINGS(RecordType.ROLL_CALL_BRIEFING),
    /** A vendor's telephone interpreter usage report: kept as monthly totals per department and language. */
    LANGUAGE_LINE(RecordType.INTERPRETER_ACCOUNT);

    private final RecordType recordType;

    ImportKind(RecordType recordType) {
        this.recordType = recordType;
    }

    public RecordType recordType() {
        return recordType;
    }

    /**
     * Who may bring this kind in: liaisons their community records, coordinators everything, admins (who see no
     * community records) only the vendors' usage reports.
     */
    public boolean allowedFor(@Nullable Role role) {
        if (role == null) {
            return false;
        }
        return switch (role) {
            case COORDINATOR -> true;
            case LIAISON -> this != LANGUAGE_LINE;
            case ADMIN -> this == LANGUAGE_LINE;
            case PENDING -> false;
        };
    }
}
