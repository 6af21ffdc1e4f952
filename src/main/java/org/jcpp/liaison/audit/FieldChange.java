package org.jcpp.liaison.audit;

/**
 * One field of an audit entry as people read it: ids already turned into names where a module names them. For a
 * creation {@code before} is empty, for a deletion {@code after} is; booleans are "true"/"false" for the view to word.
 */
public record FieldChange(String field, String before, String after) {}
