package org.jcpp.liaison.surveys;

import java.util.Map;

/**
 * Paper answers not stored because some could not be taken: what is wrong, by row (from 0) and question field
 * ({@code q<id>}, or {@code ""} for the row as a whole), as i18n keys. None of the rows was stored.
 */
public class PaperAnswersRefused extends RuntimeException {

    private final Map<Integer, Map<String, String>> problems;

    public PaperAnswersRefused(Map<Integer, Map<String, String>> problems) {
        super(problems.size() + " paper answers refused");
        this.problems = Map.copyOf(problems);
    }

    public Map<Integer, Map<String, String>> problems() {
        return problems;
    }
}
