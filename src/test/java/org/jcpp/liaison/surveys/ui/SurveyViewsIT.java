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
}
