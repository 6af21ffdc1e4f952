package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class SurveyDataTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    private static SurveyData survey(
            Long eventId, Long seriesId, LocalDate closesOn, List<SurveyItem> items, List<OwnQuestion> own) {
        return new SurveyData(
                3L,
                "Pulse 2026",
                eventId,
                seriesId,
                MAY,
                closesOn,
                Set.of(SurveyLanguage.EN, SurveyLanguage.ES),
                items,
                own);
    }

    private static void refusedAt(SurveyData data, String field, String key) {
        assertThatThrownBy(data::check).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.field()).isEqualTo(field);
            org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void a_yearly_pulse_of_standard_items_and_an_own_question_in_its_languages_is_fine() {
        var own = new OwnQuestion(SurveyScale.TEXT, "What should we do next?", "¿Qué deberíamos hacer?", "");
        assertThatCode(() -> survey(
                                null,
                                null,
                                MAY.plusMonths(1),
                                List.of(SurveyItem.FEEL_SAFE, SurveyItem.TREATED_WITH_RESPECT),
                                List.of(own))
                        .check())
                .doesNotThrowAnyException();
    }

    @Test
    void each_rule_of_a_survey_is_refused_at_its_field() {
        refusedAt(
                survey(null, null, MAY.minusDays(1), List.of(SurveyItem.FEEL_SAFE), List.of()),
                "closesOn",
                "survey.closes.before-opens");
        refusedAt(survey(1L, 2L, null, List.of(SurveyItem.FEEL_SAFE), List.of()), "seriesId", "survey.event-or-series");
        refusedAt(survey(null, null, null, List.of(), List.of()), "items", "survey.questions.required");
        refusedAt(
                survey(null, null, null, List.of(SurveyItem.FEEL_SAFE, SurveyItem.FEEL_SAFE), List.of()),
                "items",
                "survey.items.twice");
        refusedAt(
                survey(null, null, null, List.of(SurveyItem.EVENT_EXPERIENCE), List.of()),
                "items",
                "survey.event-item.needs-event");
        // Spanish is offered: the own question needs its Spanish words (Somali is not offered: none needed)
        refusedAt(
                survey(null, null, null, List.of(), List.of(new OwnQuestion(SurveyScale.AGREE_5, "Agree?", " ", ""))),
                "ownQuestions",
                "survey.own.words-missing");
    }
}
