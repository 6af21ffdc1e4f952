package org.jcpp.liaison.surveys;

import org.jspecify.annotations.Nullable;

/** A question of a survey as an answer is read against it: its id, how it is answered, the standard item it asks. */
public record QuestionRef(
        long id, SurveyScale scale, @Nullable SurveyItem item) {

    /** The name of its field in the public form and in a paper answer's row. */
    public String field() {
        return "q" + id;
    }
}
