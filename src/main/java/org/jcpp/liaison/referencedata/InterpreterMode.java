package org.jcpp.liaison.referencedata;

/**
 * How an interpreter was provided. A family member or friend is recorded as what happened, and shown in the reports
 * as a practice to reduce (language-access guidance: they may not be neutral, may not know the terms, and a child
 * should never interpret for police).
 */
public enum InterpreterMode {
    TELEPHONE_LINE,
    VIDEO,
    IN_PERSON,
    BILINGUAL_STAFF,
    FAMILY_OR_FRIEND;

    /** A practice the reports show as one to reduce. */
    public boolean toReduce() {
        return this == FAMILY_OR_FRIEND;
    }
}
