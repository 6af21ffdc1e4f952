package org.jcpp.liaison.base;

/** Someone else saved the record after this user opened it; nothing was overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(RecordType what, Object id) {
        super(what.code() + " " + id + " was changed by someone else");
    }

    /** Throws when the version the user edited is not the one stored. */
    public static void check(RecordType what, Object id, long editedVersion, long storedVersion) {
        if (editedVersion != storedVersion) {
            throw new ConcurrentEditException(what, id);
        }
    }
}
