package org.jcpp.liaison.referencedata;

import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * An interpreter on a record: whether one was offered or used, and how it was provided. A record where none was needed
 * has no way of providing one; where one was used, the form asks how (old records and spreadsheets may not say, and
 * keep "not recorded").
 */
public record Interpreting(InterpreterUse use, @Nullable InterpreterMode mode) {

    public static final Interpreting NONE = new Interpreting(InterpreterUse.NOT_NEEDED, null);

    /** As typed, with a way of providing dropped when no interpreter was needed. */
    public static Interpreting of(InterpreterUse use, @Nullable InterpreterMode mode) {
        return new Interpreting(use, use.offered() ? mode : null);
    }

    /** Refuses an interpreter used without saying how, at the field {@code modeField} (what a form asks). */
    public void requireMode(String modeField) {
        if (use == InterpreterUse.USED && mode == null) {
            throw new InvalidInputException(modeField, "interpreter.mode.required");
        }
    }

    /** The telephone interpreter line was used. */
    public boolean languageLineUsed() {
        return use == InterpreterUse.USED && mode == InterpreterMode.TELEPHONE_LINE;
    }

    public boolean used() {
        return use == InterpreterUse.USED;
    }
}
