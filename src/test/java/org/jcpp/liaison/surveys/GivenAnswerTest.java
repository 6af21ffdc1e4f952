package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GivenAnswerTest {

    private static final QuestionRef SAFE = new QuestionRef(1, SurveyScale.ZERO_TO_TEN, SurveyItem.FEEL_SAFE);
    private static final QuestionRef RESPECT = new QuestionRef(2, SurveyScale.AGREE_5, SurveyItem.TREATED_WITH_RESPECT);
    private static final QuestionRef OWN = new QuestionRef(3, SurveyScale.TEXT, null);
    private static final List<QuestionRef> SURVEY = List.of(SAFE, RESPECT, OWN);

    @Test
    void points_of_each_scale_and_a_short_text_are_taken_and_a_skipped_question_is_left_out() {
        var given = GivenAnswer.read(SURVEY, Map.of("q1", "0", "q3", " More lights on Elm Street "));
        assertThat(given.valid()).isTrue();
        assertThat(given.values()).containsExactly(Map.entry(1L, 0));
        assertThat(given.texts()).containsExactly(Map.entry(3L, "More lights on Elm Street"));
    }

    @Test
    void a_value_off_its_scale_or_not_a_number_is_refused_at_its_question() {
        assertThat(GivenAnswer.read(SURVEY, Map.of("q1", "11")).problems())
                .containsExactly(Map.entry("q1", "survey.answer.off-scale"));
        assertThat(GivenAnswer.read(SURVEY, Map.of("q2", "0")).problems())
                .containsExactly(Map.entry("q2", "survey.answer.off-scale"));
        assertThat(GivenAnswer.read(SURVEY, Map.of("q2", "6")).problems())
                .containsExactly(Map.entry("q2", "survey.answer.off-scale"));
        assertThat(GivenAnswer.read(SURVEY, Map.of("q1", "ten", "q2", "99999999999"))
                        .problems())
                .containsOnlyKeys("q1", "q2");
        // a number typed where a text is asked is just a text
        assertThat(GivenAnswer.read(SURVEY, Map.of("q3", "5")).texts()).containsEntry(3L, "5");
    }

    @Test
    void a_text_too_long_or_about_someone_s_status_is_refused_and_nothing_of_it_kept() {
        var tooLong = GivenAnswer.read(SURVEY, Map.of("q1", "7", "q3", "x".repeat(501)));
        assertThat(tooLong.problems()).containsExactly(Map.entry("q3", "survey.answer.too-long"));
        assertThat(tooLong.valid()).isFalse();
        assertThat(GivenAnswer.read(SURVEY, Map.of("q3", "x".repeat(500))).valid())
                .isTrue();
        var status = GivenAnswer.read(SURVEY, Map.of("q3", "Mi esposo es indocumentado"));
        assertThat(status.problems()).containsExactly(Map.entry("q3", "survey.answer.status-wording"));
        assertThat(status.texts()).isEmpty();
    }

    @Test
    void an_answer_with_nothing_in_it_is_refused_as_a_whole_and_unknown_fields_are_ignored() {
        assertThat(GivenAnswer.read(SURVEY, Map.of("q1", " ", "q9", "5", "name", "Hodan"))
                        .problems())
                .containsExactly(Map.entry("", "survey.answer.empty"));
    }
}
