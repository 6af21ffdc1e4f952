package org.jcpp.liaison.surveys.ui;

import com.vaadin.flow.component.Component;
import org.jcpp.liaison.surveys.QuestionRef;
import org.jcpp.liaison.surveys.SurveyDetails;
import org.jcpp.liaison.surveys.SurveyLanguage;

/** A survey question's words in the reader's language, for the staff's pages. */
final class SurveyWords {

    private SurveyWords() {}

    /**
     * A standard item's translation; an own question's words in the reader's language where it has them, else in the
     * first language offered that has them.
     */
    static String of(Component reader, SurveyDetails details, QuestionRef question) {
        if (question.item() != null) {
            return reader.getTranslation("survey.item." + question.item().name());
        }
        int own = 0;
        for (var q : details.questions()) {
            if (q.id() == question.id()) {
                break;
            }
            if (q.item() == null) {
                own++;
            }
        }
        var ownQuestion = details.data().ownQuestions().get(own);
        String mine = SurveyLanguage.ofTag(
                        org.jcpp.liaison.base.ui.Formats.locale().getLanguage())
                .map(ownQuestion::text)
                .orElse("");
        if (!mine.isBlank()) {
            return mine;
        }
        // else its words in the first language the survey is offered in that has them
        return details.data().languages().stream()
                .sorted()
                .map(ownQuestion::text)
                .filter(words -> !words.isBlank())
                .findFirst()
                .orElse("");
    }
}
