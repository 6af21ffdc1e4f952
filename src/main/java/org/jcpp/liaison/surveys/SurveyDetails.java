package org.jcpp.liaison.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One survey as its page shows it, with its version (for the concurrent-edit check) and its questions. */
public record SurveyDetails(
        long id,
        long version,
        SurveyData data,
        String code,
        @Nullable Instant closedAt,
        boolean openToday,
        List<QuestionRef> questions,
        long answers) {

    public Set<SurveyLanguage> languages() {
        return data.languages();
    }

    public LocalDate opensOn() {
        return data.opensOn();
    }
}
