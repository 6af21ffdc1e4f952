package org.jcpp.liaison.datapractices;

import java.util.List;
import java.util.Locale;

/**
 * Everything held about a named person, in words (names and labels, never ids or codes): label–value lines in the
 * order a resident reads them, all in {@code locale}. {@code freeText} is the liaison's text on the record the person
 * was named on, which may name them: shown before an erasure, so the admin can remove it too.
 */
public record PersonFile(
        long personId, String name, Locale locale, List<PersonFile.Line> lines, String freeText, boolean legalHold) {

    public PersonFile {
        lines = List.copyOf(lines);
    }

    /** One line of the file. */
    public record Line(String label, String value) {}
}
