package org.jcpp.liaison.base;

/**
 * The record does not exist, or the user may not see it: the two are reported the same way so that nobody learns that
 * a record they may not see exists.
 */
public class RecordNotFoundException extends RuntimeException {

    private final String what;

    public RecordNotFoundException(RecordType what, Object id) {
        super(what.code() + " " + id + " not found");
        this.what = what.code();
    }

    /** The kind of record, as the service names it (its {@link RecordType#code()}: {@code contact}, {@code need} …). */
    public String what() {
        return what;
    }
}
