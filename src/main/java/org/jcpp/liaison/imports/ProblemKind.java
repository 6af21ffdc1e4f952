package org.jcpp.liaison.imports;

/** Why a row was not taken: an error to fix, a duplicate of a stored or earlier row, or wording to review. */
public enum ProblemKind {
    ERROR,
    DUPLICATE,
    REVIEW
}
