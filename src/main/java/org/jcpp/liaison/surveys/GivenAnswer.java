package org.jcpp.liaison.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.datapractices.StatusWording;

/**
 * One resident's answer as read from what they typed or marked: a point of each question's scale or a short text, by
 * question id; questions left out are not answered (every question may be skipped, but not all of them). What cannot
 * be stored is said per field ({@link #problems}, i18n keys by field name), nothing of it is kept: a number off the
 * scale, a text too long, or a text that reads like a record of someone's immigration status (the app never keeps one).
 */
public record GivenAnswer(Map<Long, Integer> values, Map<Long, String> texts, Map<String, String> problems) {

    /** Reads the typed form (field {@code q<id>} → what was sent) against the survey's questions. */
    public static GivenAnswer read(List<QuestionRef> questions, Map<String, String> typed) {
        var values = new LinkedHashMap<Long, Integer>();
        var texts = new LinkedHashMap<Long, String>();
        var problems = new LinkedHashMap<String, String>();
        for (var question : questions) {
            // as every text the app keeps: control, zero-width and direction characters out, line breaks as one
            // character (a browser sends CRLF); a soft hyphen cannot hide a word from the status check
            String raw = java.util.Objects.requireNonNullElse(
                            org.jcpp.liaison.base.Text.multiLine(typed.getOrDefault(question.field(), "")), "")
                    .strip();
            if (raw.isEmpty()) {
                continue;
            }
            if (question.scale().numeric()) {
                Integer value = number(raw);
                if (value == null || !question.scale().allows(value)) {
                    problems.put(question.field(), "survey.answer.off-scale");
                } else {
                    values.put(question.id(), value);
                }
            } else if (raw.length() > SurveyLimits.TEXT_ANSWER_MAX) {
                problems.put(question.field(), "survey.answer.too-long");
            } else if (!StatusWording.find(raw).isEmpty()) {
                problems.put(question.field(), "survey.answer.status-wording");
            } else {
                texts.put(question.id(), raw);
            }
        }
        if (problems.isEmpty() && values.isEmpty() && texts.isEmpty()) {
            problems.put("", "survey.answer.empty");
        }
        return new GivenAnswer(values, texts, problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    private static @org.jspecify.annotations.Nullable Integer number(String raw) {
        if (raw.length() > 3) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
