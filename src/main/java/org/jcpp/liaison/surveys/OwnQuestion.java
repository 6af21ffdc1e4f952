package org.jcpp.liaison.surveys;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jcpp.liaison.base.InvalidInputException;

/**
 * One of a survey's own questions (up to {@link SurveyLimits#OWN_QUESTIONS_MAX}): how it is answered and its words in
 * each interface language; a language the survey is offered in needs its words.
 */
public record OwnQuestion(
        @NotNull(message = "validation.required") SurveyScale scale,

        @NotNull @Size(max = SurveyLimits.QUESTION_TEXT_MAX, message = "validation.too-long")
        String textEn,

        @NotNull @Size(max = SurveyLimits.QUESTION_TEXT_MAX, message = "validation.too-long")
        String textEs,

        @NotNull @Size(max = SurveyLimits.QUESTION_TEXT_MAX, message = "validation.too-long")
        String textSo) {

    public String text(SurveyLanguage language) {
        return switch (language) {
            case EN -> textEn;
            case ES -> textEs;
            case SO -> textSo;
        };
    }

    /** Refused at the question's words when a language offered has none. */
    void check(java.util.Set<SurveyLanguage> offered) {
        for (var language : offered) {
            if (text(language).isBlank()) {
                throw new InvalidInputException("ownQuestions", "survey.own.words-missing");
            }
        }
    }
}
