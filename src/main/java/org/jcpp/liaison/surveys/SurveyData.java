package org.jcpp.liaison.surveys;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A survey as its author sets it up: the member city, a title, the event or series it follows (or none: a survey for a
 * period, such as a yearly pulse), the days it takes answers, the languages it is offered in, the standard items it
 * asks and up to three own questions.
 */
public record SurveyData(
        @NotNull(message = "validation.required") Long cityId,

        @NotBlank(message = "validation.required") @Size(max = SurveyLimits.TITLE_MAX, message = "validation.too-long")
        String title,

        @Nullable Long eventId,
        @Nullable Long seriesId,
        @NotNull(message = "validation.required") LocalDate opensOn,
        @Nullable LocalDate closesOn,

        @NotNull @NotEmpty(message = "survey.languages.required")
        Set<SurveyLanguage> languages,

        @NotNull List<SurveyItem> items,

        @NotNull @Size(max = SurveyLimits.OWN_QUESTIONS_MAX, message = "survey.own.too-many")
        List<@Valid OwnQuestion> ownQuestions) {

    /** The rules of the survey itself, refused at the field they concern. */
    public void check() {
        if (closesOn != null && closesOn.isBefore(opensOn)) {
            throw new InvalidInputException("closesOn", "survey.closes.before-opens");
        }
        if (eventId != null && seriesId != null) {
            throw new InvalidInputException("seriesId", "survey.event-or-series");
        }
        if (items.isEmpty() && ownQuestions.isEmpty()) {
            throw new InvalidInputException("items", "survey.questions.required");
        }
        if (new HashSet<>(items).size() != items.size()) {
            throw new InvalidInputException("items", "survey.items.twice");
        }
        if (items.contains(SurveyItem.EVENT_EXPERIENCE) && eventId == null && seriesId == null) {
            throw new InvalidInputException("items", "survey.event-item.needs-event");
        }
        ownQuestions.forEach(q -> q.check(languages));
        // the page tells residents the survey never asks about immigration status: its own words must not either
        if (!org.jcpp.liaison.datapractices.StatusWording.find(title).isEmpty()) {
            throw new InvalidInputException("title", "survey.status-wording");
        }
        for (var question : ownQuestions) {
            for (var words : java.util.List.of(question.textEn(), question.textEs(), question.textSo())) {
                if (!org.jcpp.liaison.datapractices.StatusWording.find(words).isEmpty()) {
                    throw new InvalidInputException("ownQuestions", "survey.status-wording");
                }
            }
        }
    }
}
