package org.jcpp.liaison.referencedata;

/**
 * Whether an interpreter took part where a language barrier met the program: not needed; offered (available, as at an
 * event); used; or offered and declined by the resident.
 */
public enum InterpreterUse {
    NOT_NEEDED,
    OFFERED,
    USED,
    DECLINED;

    /** Whether an interpreter was at least offered: then how it was (or would have been) provided is recorded. */
    public boolean offered() {
        return this != NOT_NEEDED;
    }
}
