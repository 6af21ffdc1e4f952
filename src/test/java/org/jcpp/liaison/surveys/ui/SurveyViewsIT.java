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

    @Test
    void a_survey_set_up_after_an_event_asks_about_the_event_and_refuses_an_own_question_without_its_spanish_words() {
        // an event of the liaison's own city, as the event page's link opens the form
        long event = jdbc.queryForObject(
                "SELECT e.id FROM outreach_event e JOIN user_account u ON u.id = e.organiser_id"
                        + " WHERE u.username = 'demo-liaison' AND e.status <> 'CANCELLED' ORDER BY e.id LIMIT 1",
                Long.class);
        String eventTitle = jdbc.queryForObject("SELECT title FROM outreach_event WHERE id = ?", String.class, event);
        long eventCity = jdbc.queryForObject("SELECT city_id FROM outreach_event WHERE id = ?", Long.class, event);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate("surveys/new", com.vaadin.flow.router.QueryParameters.of("event", String.valueOf(event)));
        var form = (SurveyFormView) getCurrentView();
        assertThat(form.follows.getText()).contains(eventTitle);
        assertThat(form.form.city.getValue()).isEqualTo(eventCity);
        assertThat(form.form.city.isReadOnly()).isTrue();
        assertThat(form.form.title.getValue()).isEqualTo("After: " + eventTitle);
        assertThat(form.form.items.getValue()).contains(org.jcpp.liaison.surveys.SurveyItem.EVENT_EXPERIENCE);

        String title = "After the forum " + java.util.UUID.randomUUID();
        form.form.title.setValue(title);
        form.form.languages.setValue(java.util.Set.of(
                org.jcpp.liaison.surveys.SurveyLanguage.EN, org.jcpp.liaison.surveys.SurveyLanguage.ES));
        form.form.ownQuestions.setValue(java.util.List.of(new org.jcpp.liaison.surveys.OwnQuestion(
                org.jcpp.liaison.surveys.SurveyScale.TEXT, "What should we talk about next time?", "", "")));
        test(form.save).click();
        assertThat(errorOf(form.form.ownQuestions))
                .isEqualTo("Each own question needs its words in every language the survey is offered in");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM survey WHERE title = ?", Long.class, title))
                .isZero();
        // what was typed is still there; with the Spanish words it is made
        assertThat(form.form.title.getValue()).isEqualTo(title);
        form.form.ownQuestions.setValue(java.util.List.of(new org.jcpp.liaison.surveys.OwnQuestion(
                org.jcpp.liaison.surveys.SurveyScale.TEXT,
                "What should we talk about next time?",
                "¿De qué deberíamos hablar la próxima vez?",
                "")));
        test(form.save).click();
        var stored = jdbc.queryForMap(
                "SELECT s.id, s.event_id, s.city_id, (SELECT count(*) FROM survey_question q WHERE q.survey_id = s.id)"
                        + " AS questions, (SELECT count(*) FROM survey_question q WHERE q.survey_id = s.id"
                        + " AND q.item = 'EVENT_EXPERIENCE') AS about_event FROM survey s WHERE s.title = ?",
                title);
        assertThat(stored.get("event_id")).isEqualTo(event);
        assertThat(stored.get("city_id")).isEqualTo(eventCity);
        // the five standard items and the own question
        assertThat(stored.get("questions")).isEqualTo(6L);
        assertThat(stored.get("about_event")).isEqualTo(1L);
        var page = (SurveyView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo(title);
        assertThat(page.questions.getElement().getTextRecursively())
                .contains("How was your experience at this event?")
                .contains("What should we talk about next time?");
    }

    @Test
    void a_survey_for_a_period_does_not_offer_the_event_question_and_says_at_the_field_what_is_wrong() {
        var form = navigate(SurveyFormView.class);
        assertThat(form.follows.isVisible()).isFalse();
        assertThat(form.form.items.getListDataView().getItems())
                .doesNotContain(org.jcpp.liaison.surveys.SurveyItem.EVENT_EXPERIENCE)
                .contains(org.jcpp.liaison.surveys.SurveyItem.FEEL_SAFE);
        form.form.city.setValue(
                form.form.city.getListDataView().getItems().findFirst().orElseThrow());
        form.form.title.setValue("Pulse " + java.util.UUID.randomUUID());
        form.form.closesOn.setValue(form.form.opensOn.getValue().minusDays(1));
        form.form.languages.setValue(java.util.Set.of());
        long before = jdbc.queryForObject("SELECT count(*) FROM survey", Long.class);
        test(form.save).click();
        assertThat(errorOf(form.form.closesOn)).isEqualTo("The last day comes before the first");
        assertThat(errorOf(form.form.languages)).isEqualTo("Choose at least one language");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM survey", Long.class))
                .isEqualTo(before);

        // a title about status is refused at the title
        form.form.closesOn.clear();
        form.form.languages.setValue(java.util.Set.of(org.jcpp.liaison.surveys.SurveyLanguage.EN));
        form.form.title.setValue("Survey of undocumented residents");
        test(form.save).click();
        assertThat(errorOf(form.form.title))
                .isEqualTo("A survey never asks about immigration status: leave out these words");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM survey", Long.class))
                .isEqualTo(before);
    }

    @Test
    void paper_answers_typed_in_a_grid_are_all_stored_or_none_and_the_trail_counts_them_without_their_content() {
        long demo = jdbc.queryForObject("SELECT id FROM survey WHERE code = 'bpcheck2'", Long.class);
        long before = jdbc.queryForObject("SELECT count(*) FROM survey_answer WHERE survey_id = ?", Long.class, demo);
        var grid = navigate(SurveyPaperView.class, demo);
        assertThat(grid.rows).hasSize(SurveyPaperView.ROWS_AT_START);
        assertThat(grid.legend.getElement().getTextRecursively())
                .contains("How safe do you feel in your neighbourhood?")
                .contains("1 = Strongly disagree … 5 = Strongly agree");
        java.time.LocalDate day = java.time.LocalDate.now().minusDays(1);
        grid.day.setValue(day);
        // paper 1: every question; paper 2: a text about a neighbour's status; paper 3 left blank
        fill(grid.rows.get(0), "More foot patrols in the park");
        fill(grid.rows.get(1), "My neighbour is undocumented and afraid");
        grid.rows.get(1).language().setValue(org.jcpp.liaison.surveys.SurveyLanguage.ES);
        test(grid.save).click();
        var refused = textField(grid.rows.get(1));
        assertThat(errorOf(refused))
                .isEqualTo(
                        "Please leave out anything about anyone's immigration status: this survey does not keep it.");
        assertThat(notices()).anyMatch(n -> n.startsWith("1 paper could not be taken"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM survey_answer WHERE survey_id = ?", Long.class, demo))
                .isEqualTo(before);
        assertThat(textField(grid.rows.get(0)).getValue()).isEqualTo("More foot patrols in the park");

        refused.setValue("Más luz en la calle");
        test(grid.save).click();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM survey_answer WHERE survey_id = ? AND answered_on = ?",
                        Long.class,
                        demo,
                        day))
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM survey_answer WHERE survey_id = ?", Long.class, demo))
                .isEqualTo(before + 2);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM survey_answer_value v JOIN survey_answer a ON a.id = v.answer_id"
                                + " WHERE a.survey_id = ? AND a.language = 'es' AND v.text = 'Más luz en la calle'",
                        Long.class,
                        demo))
                .isEqualTo(1);
        // the trail: who typed in how many, not what the papers said
        String trail = jdbc.queryForObject(
                "SELECT changes FROM audit_event WHERE record_type = 'survey' AND record_id = ?"
                        + " AND actor = 'demo-liaison' ORDER BY id DESC LIMIT 1",
                String.class,
                demo);
        assertThat(trail).contains("paperAnswers").doesNotContain("Más luz").doesNotContain("foot patrols");
        assertThat(notices()).anyMatch(n -> n.equals("2 paper answers saved"));
        assertThat(getCurrentView()).isInstanceOf(SurveyView.class);
    }

    @Test
    void paper_answers_of_a_day_before_the_survey_opened_are_refused_at_the_day() {
        long demo = jdbc.queryForObject("SELECT id FROM survey WHERE code = 'bpcheck2'", Long.class);
        var opens = jdbc.queryForObject("SELECT opens_on FROM survey WHERE id = ?", java.time.LocalDate.class, demo);
        var grid = navigate(SurveyPaperView.class, demo);
        grid.day.setMin(null);
        grid.day.setValue(opens.minusDays(3));
        fill(grid.rows.get(0), "A text");
        test(grid.save).click();
        assertThat(errorOf(grid.day)).isEqualTo("This day is outside the survey's days");
    }

    private static void fill(SurveyPaperView.Row row, String text) {
        row.answers().forEach((question, field) -> {
            if (field instanceof com.vaadin.flow.component.textfield.IntegerField number) {
                number.setValue(question.scale().highest());
            } else {
                ((com.vaadin.flow.component.textfield.TextField) field).setValue(text);
            }
        });
    }

    private static com.vaadin.flow.component.textfield.TextField textField(SurveyPaperView.Row row) {
        return row.answers().values().stream()
                .filter(com.vaadin.flow.component.textfield.TextField.class::isInstance)
                .map(com.vaadin.flow.component.textfield.TextField.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Autowired
    org.jcpp.liaison.reporting.PdfReports pdfReports;

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Autowired
    org.jcpp.liaison.surveys.SurveyReports surveyReports;

    @Autowired
    org.jcpp.liaison.surveys.SurveyFigures surveyFigures;

    @Test
    @WithUserDetails("demo-coordinator")
    void the_dashboard_and_the_printed_report_give_each_city_s_quarter_as_the_answers_make_it() throws Exception {
        long hopkins = jdbc.queryForObject("SELECT id FROM member_city WHERE name = 'Hopkins'", Long.class);
        var survey = surveys.create(new org.jcpp.liaison.surveys.SurveyData(
                hopkins,
                "Hopkins quarter " + java.util.UUID.randomUUID(),
                null,
                null,
                java.time.LocalDate.now(),
                null,
                java.util.Set.of(org.jcpp.liaison.surveys.SurveyLanguage.EN),
                java.util.List.of(
                        org.jcpp.liaison.surveys.SurveyItem.FEEL_SAFE,
                        org.jcpp.liaison.surveys.SurveyItem.TREATED_WITH_RESPECT),
                java.util.List.of()));
        var open = publicSurveys.find(survey.code()).orElseThrow();
        var safe = survey.questions().get(0).field();
        var respect = survey.questions().get(1).field();
        // twelve say how safe they feel; three of them also answer about respect
        for (int i = 0; i < 12; i++) {
            var typed = new java.util.HashMap<String, String>();
            typed.put(safe, String.valueOf(i % 11));
            if (i < 3) {
                typed.put(respect, "4");
            }
            publicSurveys.store(open, org.jcpp.liaison.surveys.SurveyLanguage.EN, publicSurveys.read(open, typed));
        }
        // what the database makes of Hopkins' answers this quarter, item by item
        String perItem = "SELECT count(v.value), avg(v.value) FROM survey_answer_value v"
                + " JOIN survey_answer a ON a.id = v.answer_id JOIN survey s ON s.id = a.survey_id"
                + " JOIN survey_question q ON q.id = v.question_id WHERE s.city_id = ? AND q.item = ?"
                + " AND date_trunc('quarter', a.answered_on) = date_trunc('quarter', current_date)";
        java.util.function.Function<String, String> expected = item -> jdbc.queryForObject(
                perItem,
                (rs, n) -> {
                    long count = rs.getLong(1);
                    int highest = org.jcpp.liaison.surveys.SurveyItem.valueOf(item)
                            .scale()
                            .highest();
                    return count == 0
                            ? "–"
                            : count < 10
                                    ? "fewer than 10"
                                    : String.format(java.util.Locale.ENGLISH, "%.1f", rs.getDouble(2)) + " / " + highest
                                            + " · " + count;
                },
                hopkins,
                item);
        String safeCell = expected.apply("FEEL_SAFE");
        String respectCell = expected.apply("TREATED_WITH_RESPECT");
        assertThat(safeCell).endsWith("· 12").matches(".*\\d / 10 · 12");
        assertThat(respectCell).isEqualTo("fewer than 10");

        var dashboard = navigate(org.jcpp.liaison.reporting.ui.DashboardViewAccess.type());
        var rows = org.jcpp.liaison.reporting.ui.DashboardViewAccess.surveyRows(dashboard);
        var row = rows.stream()
                .filter(r -> r.said().cityId() == hopkins)
                .filter(r -> r.said()
                        .quarter()
                        .equals(org.jcpp.liaison.reporting.Period.quarterOf(java.time.YearMonth.now())
                                .from()))
                .findFirst()
                .orElseThrow();
        java.util.function.Function<String, String> english = key -> i18n.getTranslation(key, java.util.Locale.ENGLISH);
        assertThat(row.item(org.jcpp.liaison.surveys.SurveyItem.FEEL_SAFE, english, java.util.Locale.ENGLISH))
                .isEqualTo(safeCell);
        assertThat(row.item(
                        org.jcpp.liaison.surveys.SurveyItem.TREATED_WITH_RESPECT, english, java.util.Locale.ENGLISH))
                .isEqualTo(respectCell);
        assertThat(row.said().answers())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT count(*) FROM survey_answer a JOIN survey s ON s.id = a.survey_id WHERE s.city_id = ?"
                                + " AND date_trunc('quarter', a.answered_on) = date_trunc('quarter', current_date)",
                        Long.class,
                        hopkins));

        byte[] pdf = pdfReports.report(
                org.jcpp.liaison.reporting.Period.yearOf(
                        java.time.YearMonth.now().getYear()),
                java.util.List.of(hopkins),
                english,
                java.util.Locale.ENGLISH);
        // a cell's words may wrap inside it
        String text = org.jcpp.liaison.reporting.PdfReportsIT.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Trust surveys by quarter").contains(safeCell).contains("fewer than 10");

        // the quarters' counts kept up answer by answer are those counted afresh from every answer
        var year = java.time.YearMonth.now();
        var kept = surveyReports.cityQuarters(year.minusYears(1), year, java.util.List.of());
        surveyFigures.recount();
        assertThat(surveyReports.cityQuarters(year.minusYears(1), year, java.util.List.of()))
                .isEqualTo(kept);
    }

    @Test
    void a_survey_and_its_own_questions_left_unsaved_come_back_when_the_form_is_opened_again() {
        var form = navigate(SurveyFormView.class);
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        org.jcpp.liaison.base.ui.DraftKeeper.checkAll(session); // the end of the request that opened it
        String title = "Left unsaved " + java.util.UUID.randomUUID();
        form.form.title.setValue(title);
        form.form.languages.setValue(java.util.Set.of(
                org.jcpp.liaison.surveys.SurveyLanguage.EN, org.jcpp.liaison.surveys.SurveyLanguage.SO));
        var question = new org.jcpp.liaison.surveys.OwnQuestion(
                org.jcpp.liaison.surveys.SurveyScale.LIKELY_5,
                "Would you come again?",
                "",
                "Ma imaan lahayd mar kale?");
        form.form.ownQuestions.setValue(java.util.List.of(question));
        navigate(SurveyListView.class); // left without saving

        var again = navigate(SurveyFormView.class);
        assertThat(again.form.title.getValue()).isEqualTo(title);
        assertThat(again.form.ownQuestions.getValue()).containsExactly(question);
        assertThat(again.form.languages.getValue())
                .containsExactlyInAnyOrder(
                        org.jcpp.liaison.surveys.SurveyLanguage.EN, org.jcpp.liaison.surveys.SurveyLanguage.SO);
    }

    @Test
    void paper_rows_typed_but_not_saved_come_back_with_the_rows_added() {
        long demo = jdbc.queryForObject("SELECT id FROM survey WHERE code = 'bpcheck2'", Long.class);
        var grid = navigate(SurveyPaperView.class, demo);
        org.jcpp.liaison.base.ui.DraftKeeper.checkAll(com.vaadin.flow.server.VaadinSession.getCurrent());
        grid.addRows(SurveyPaperView.ROWS_ADDED);
        var last = grid.rows.getLast();
        fill(last, "Typed on the last row");
        navigate(SurveyListView.class); // the liaison went elsewhere before saving

        var again = navigate(SurveyPaperView.class, demo);
        assertThat(again.rows).hasSize(SurveyPaperView.ROWS_AT_START + SurveyPaperView.ROWS_ADDED);
        assertThat(textField(again.rows.getLast()).getValue()).isEqualTo("Typed on the last row");
    }
}
