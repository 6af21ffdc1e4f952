package org.jcpp.liaison.base;

/**
 * The record does not exist, or the user may not see it: the two are reported the same way so that nobody learns that
 * a record they may not see exists.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String what;

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
        this.what = what;
    }

    /** The kind of record, as the service names it ({@code contact}, {@code need} …). */
    public String what() {
        return what;
    }
}
