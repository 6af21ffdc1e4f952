package org.jcpp.liaison.surveys;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a survey's answers say, for staff: per scale question the number of answers to it, how many gave each point and
 * the mean; the free texts (newest first, the latest {@link #TEXTS_SHOWN}) and how many there are. Nothing of it is
 * shown before the survey has {@link SurveyLimits#ANSWERS_BEFORE_FIGURES} answers ({@link #enough}).
 */
public record SurveyResults(long answers, List<Item> items, long texts, List<String> latestTexts) {

    public static final int TEXTS_SHOWN = 20;

    /** A scale question's figures: its answers, the count of each point (lowest first), the mean (none unanswered). */
    public record Item(
            QuestionRef question,
            long answered,
            Map<Integer, Long> points,
            @Nullable Double mean) {}

    public boolean enough() {
        return answers >= SurveyLimits.ANSWERS_BEFORE_FIGURES;
    }
}
