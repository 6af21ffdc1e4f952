package org.jcpp.liaison.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** A record that names a person was opened. */
    VIEW,
    EXPORT,
    REPORT,
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOCKOUT
}
