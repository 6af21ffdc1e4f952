package org.jcpp.liaison.surveys.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.surveys.SurveyRow;
import org.jcpp.liaison.surveys.SurveyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-liaison")
class SurveyViewsIT extends ViewTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.jcpp.liaison.surveys.PublicSurveys publicSurveys;

    @Test
    void the_list_shows_the_city_s_survey_with_its_answers_and_its_page_closes_and_reopens_it() {
        long demo = jdbc.queryForObject("SELECT id FROM survey WHERE code = 'bpcheck2'", Long.class);
        long answers = jdbc.queryForObject("SELECT count(*) FROM survey_answer WHERE survey_id = ?", Long.class, demo);

        var list = navigate(SurveyListView.class);
        @SuppressWarnings("unchecked")
        Grid<SurveyRow> grid = list.grid;
        assertThat(test(grid).size()).isEqualTo((int) surveys.count());
        var row = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i))
                .filter(r -> r.id() == demo)
                .findFirst()
                .orElseThrow();
        assertThat(row.answers()).isEqualTo(answers);
        assertThat(row.cityId()).isNotNull();

        var page = navigate(SurveyView.class, demo);
        assertThat(page.link.getHref()).isEqualTo("s/bpcheck2");
        assertThat(page.facts.getElement().getTextRecursively())
                .contains("Open")
                .contains(String.valueOf(answers));
        assertThat(page.questions.getElement().getTextRecursively())
                .contains("How safe do you feel in your neighbourhood?")
                .contains("What should the police do more of in your neighbourhood?");
        assertThat(page.reopen.isVisible()).isFalse();

        test(page.close).click();
        assertThat(jdbc.queryForObject("SELECT closed_at IS NOT NULL FROM survey WHERE id = ?", Boolean.class, demo))
                .isTrue();
        assertThat(page.facts.getElement().getTextRecursively()).contains("Closed by hand");
        assertThat(page.close.isVisible()).isFalse();
        test(page.reopen).click();
        assertThat(jdbc.queryForObject("SELECT closed_at IS NULL FROM survey WHERE id = ?", Boolean.class, demo))
                .isTrue();
        assertThat(page.close.isVisible()).isTrue();
    }

    @Test
    void a_survey_s_figures_show_only_from_its_tenth_answer_with_the_mean_of_each_item() {
        long demo = jdbc.queryForObject("SELECT id FROM survey WHERE code = 'bpcheck2'", Long.class);
        var page = navigate(SurveyView.class, demo);
        // the mean as the database computes it from the stored points, for the first item
        double mean = jdbc.queryForObject(
                "SELECT avg(v.value) FROM survey_answer_value v JOIN survey_question q ON q.id = v.question_id"
                        + " WHERE q.survey_id = ? AND q.item = 'FEEL_SAFE'",
                Double.class,
                demo);
        long answered = jdbc.queryForObject(
                "SELECT count(v.value) FROM survey_answer_value v JOIN survey_question q ON q.id = v.question_id"
                        + " WHERE q.survey_id = ? AND q.item = 'FEEL_SAFE'",
                Long.class,
                demo);
        assertThat(page.results.getElement().getTextRecursively())
                .contains("How safe do you feel in your neighbourhood?")
                .contains("Mean " + String.format(java.util.Locale.ENGLISH, "%.1f", mean) + ", from " + answered
                        + " answers")
                .contains("Strongly agree")
                .contains("In their own words")
                .contains("Más patrullas a pie en el parque");

        // a new survey: nine answers show nothing; the tenth shows the figures
        var survey = surveys.create(new org.jcpp.liaison.surveys.SurveyData(
                jdbc.queryForObject("SELECT id FROM member_city WHERE name = 'Brooklyn Center'", Long.class),
                "Ten answers " + java.util.UUID.randomUUID(),
                null,
                null,
                java.time.LocalDate.now(),
                null,
                java.util.Set.of(org.jcpp.liaison.surveys.SurveyLanguage.EN),
                java.util.List.of(org.jcpp.liaison.surveys.SurveyItem.FEEL_SAFE),
                java.util.List.of()));
        var open = publicSurveys.find(survey.code()).orElseThrow();
        for (int i = 1; i <= 9; i++) {
            var given = publicSurveys.read(
                    open, java.util.Map.of(survey.questions().getFirst().field(), "6"));
            publicSurveys.store(open, org.jcpp.liaison.surveys.SurveyLanguage.EN, given);
        }
        var nine = navigate(SurveyView.class, survey.id());
        assertThat(nine.results.getElement().getTextRecursively())
                .contains("Not enough answers yet: 9 of 10")
                .doesNotContain("Mean");
        publicSurveys.store(
                open,
                org.jcpp.liaison.surveys.SurveyLanguage.EN,
                publicSurveys.read(
                        open, java.util.Map.of(survey.questions().getFirst().field(), "10")));
        var ten = navigate(SurveyView.class, survey.id());
        // nine sixes and a ten
        assertThat(ten.results.getElement().getTextRecursively()).contains("Mean 6.4, from 10 answers");
    }
}
