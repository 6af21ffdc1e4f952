package org.jcpp.liaison.surveys;

import java.util.Map;

/**
 * One resident's paper answer as a liaison types it in: the language the paper was in and what was marked or written,
 * by question field ({@code q<id>}, as on the public page). It is stored as every answer is: survey, language, day.
 */
public record PaperAnswer(SurveyLanguage language, Map<String, String> typed) {

    /** A row of the grid with nothing typed in it: left out, not refused. */
    public boolean blank() {
        return typed.values().stream().allMatch(value -> value == null || value.isBlank());
    }
}
