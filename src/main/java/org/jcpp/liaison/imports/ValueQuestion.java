package org.jcpp.liaison.imports;

import org.jspecify.annotations.Nullable;

/**
 * A value of the file that no list entry answers exactly (or with case and accents aside): the user picks the entry
 * once for all rows, or leaves it to be reported. {@code suggestion} is the app's guess (an entry's key), {@code
 * answer} what the mapping holds so far ("" to report the rows).
 */
public record ValueQuestion(
        ImportField field,
        String value,
        String folded,
        int rows,
        @Nullable String suggestion,
        @Nullable String answer) {}
