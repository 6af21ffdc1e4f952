package org.jcpp.liaison.contacts;

import org.jcpp.liaison.referencedata.InterpreterMode;
import org.jspecify.annotations.Nullable;

/**
 * How often an interpreter was used in a period, by how it was provided ({@code mode} null: not recorded), on contacts
 * and on needs' follow-ups. A family member or friend is shown as a practice to reduce ({@link InterpreterMode#toReduce}).
 */
public record InterpreterFigure(@Nullable InterpreterMode mode, long contacts, long followUps) {

    public long total() {
        return contacts + followUps;
    }
}
