package org.jcpp.liaison.surveys;

import java.util.List;
import java.util.Set;

/** A survey as its public page shows it: no author, no counts; its questions with their own words (if any). */
public record PublicSurvey(
        long id,
        String code,
        String title,
        Set<SurveyLanguage> languages,
        Standing standing,
        List<Question> questions) {

    /** Whether it takes answers today. */
    public enum Standing {
        OPEN,
        NOT_YET_OPEN,
        CLOSED;

        /** A survey's standing on {@code today}: closed by hand or past its last day, not begun, or open. */
        public static Standing on(
                java.time.LocalDate today,
                java.time.LocalDate opensOn,
                java.time.@org.jspecify.annotations.Nullable LocalDate closesOn,
                boolean closedByHand) {
            if (closedByHand || (closesOn != null && today.isAfter(closesOn))) {
                return CLOSED;
            }
            return today.isBefore(opensOn) ? NOT_YET_OPEN : OPEN;
        }
    }

    /** A question: a standard item (its words are the app's translations) or an own one with its words. */
    public record Question(QuestionRef ref, String textEn, String textEs, String textSo) {

        public String ownText(SurveyLanguage language) {
            return switch (language) {
                case EN -> textEn;
                case ES -> textEs;
                case SO -> textSo;
            };
        }
    }
}
