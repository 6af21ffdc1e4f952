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
    /** An account was locked after wrong passwords (before sign-in throttling replaced lockouts; older entries). */
    LOCKOUT,
    /** Sign-ins from a source address were refused for a while after too many wrong passwords from it. */
    SIGN_IN_THROTTLED
}
