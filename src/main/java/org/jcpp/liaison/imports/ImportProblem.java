package org.jcpp.liaison.imports;

import java.util.List;

/**
 * A row the check did not take: its number in the file, why, the column and the value at fault (empty for the row as
 * a whole), what is wrong (a message key with its argument), and the row's cells (for the file of problems to fix).
 */
public record ImportProblem(
        int row,
        ProblemKind problem,
        String column,
        String value,
        String messageKey,
        String argument,
        List<String> cells) {}
