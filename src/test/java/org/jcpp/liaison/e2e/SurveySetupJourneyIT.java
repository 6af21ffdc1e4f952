package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A liaison, on a phone after an event, sets up a survey from the event's page, then types in the paper answers of the
 * residents who answered on paper, from the keyboard; a coordinator publishes nothing here. Screenshots of the form and
 * the grid at phone and desktop width; axe-core clean.
 */
class SurveySetupJourneyIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_liaison_sets_up_a_survey_after_an_event_and_types_in_two_paper_answers() {
        long event = jdbc.queryForObject(
                "SELECT e.id FROM outreach_event e JOIN user_account u ON u.id = e.organiser_id"
                        + " WHERE u.username = 'demo-liaison' AND e.status = 'HELD' ORDER BY e.starts_at DESC LIMIT 1",
                Long.class);
        String eventTitle = jdbc.queryForObject("SELECT title FROM outreach_event WHERE id = ?", String.class, event);
        var findings = new ArrayList<String>();
        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", org.jcpp.liaison.IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("event/" + event));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Survey after this event"))
                .click();
        assertThat(phone.getByText("This survey follows the event")).isVisible();
        assertThat(phone.getByLabel("Title residents see")).hasValue("After: " + eventTitle);
        String title =
                "After the forum, " + java.util.UUID.randomUUID().toString().substring(0, 6);
        phone.getByLabel("Title residents see").fill(title);
        phone.getByLabel("Somali", new Page.GetByLabelOptions().setExact(true)).uncheck();
        phone.getByLabel("Question 1 in English").fill("What should the next forum be about?");
        phone.getByLabel("Question 1 in Spanish").fill("¿De qué debería tratar el próximo foro?");
        phone.getByLabel("Question 1: answered as").click();
        phone.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("a few words").setExact(true))
                .click();
        waitUntilSent(phone);
        findings.addAll(AxeCheck.seriousFindings(phone, "surveys/new on a phone"));
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-form-phone.png"))
                .setFullPage(true));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the survey"))
                .click();
        assertThat(phone.locator("h2")).hasText(title);
        long survey = jdbc.queryForObject("SELECT id FROM survey WHERE title = ?", Long.class, title);
        assertThat(jdbc.queryForObject("SELECT event_id FROM survey WHERE id = ?", Long.class, survey))
                .isEqualTo(event);

        // the papers, typed at a desk: Tab along the row
        Page desk = newPage(1280, 900);
        signIn(desk, "demo-liaison", org.jcpp.liaison.IntegrationTest.DEMO_PASSWORD);
        desk.navigate(url("survey/" + survey));
        desk.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Type in paper answers"))
                .click();
        desk.getByLabel("Paper 1, question 1", new Page.GetByLabelOptions().setExact(true))
                .click();
        // paper 1: 8, 4, 5, 4, 5 and a sentence; paper 2: 6 and a 9 on a 1-5 question (refused at its cell)
        for (String typed : new String[] {"8", "4", "5", "4", "5", "Youth programs"}) {
            desk.keyboard().type(typed);
            desk.keyboard().press("Tab");
        }
        desk.getByLabel("Paper 2, question 1", new Page.GetByLabelOptions().setExact(true))
                .fill("6");
        desk.getByLabel("Paper 2, question 2", new Page.GetByLabelOptions().setExact(true))
                .fill("9");
        desk.getByLabel("Paper 2, question 2", new Page.GetByLabelOptions().setExact(true))
                .blur();
        waitUntilSent(desk);
        desk.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-paper-desktop.png"))
                .setFullPage(true));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answers"))
                .click();
        waitUntilSent(desk);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM survey_answer WHERE survey_id = ?", Long.class, survey))
                .isZero();
        desk.getByLabel("Paper 2, question 2", new Page.GetByLabelOptions().setExact(true))
                .fill("3");
        findings.addAll(AxeCheck.seriousFindings(desk, "survey/paper at a desk"));
        desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the answers"))
                .click();
        assertThat(desk.getByText("2 paper answers saved")).isVisible();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM survey_answer WHERE survey_id = ?", Long.class, survey))
                .isEqualTo(2);
        assertThat(jdbc.queryForList(
                        "SELECT v.text FROM survey_answer_value v JOIN survey_answer a ON a.id = v.answer_id"
                                + " WHERE a.survey_id = ? AND v.text IS NOT NULL",
                        String.class,
                        survey))
                .containsExactly("Youth programs");

        Page phoneGrid = newPage(390, 844);
        signIn(phoneGrid, "demo-liaison", org.jcpp.liaison.IntegrationTest.DEMO_PASSWORD);
        phoneGrid.navigate(url("survey/paper/" + survey));
        phoneGrid
                .getByLabel("Paper 1, question 1", new Page.GetByLabelOptions().setExact(true))
                .waitFor();
        phoneGrid.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-paper-phone.png"))
                .setFullPage(true));
        assertThat(findings).isEmpty();
    }
}
