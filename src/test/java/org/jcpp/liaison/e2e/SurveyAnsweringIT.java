package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.surveys.OwnQuestion;
import org.jcpp.liaison.surveys.SurveyData;
import org.jcpp.liaison.surveys.SurveyItem;
import org.jcpp.liaison.surveys.SurveyLanguage;
import org.jcpp.liaison.surveys.SurveyScale;
import org.jcpp.liaison.surveys.SurveyService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Residents answer a survey's public page in Chromium on their phones, in Spanish, as they would after a forum. */
class SurveyAnsweringIT extends BrowserTest {

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ten_residents_answer_in_spanish_on_their_phones_and_the_figures_show_only_from_the_tenth() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long center = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Center");
        var survey = signedIn.as(
                "demo-liaison",
                () -> surveys.create(new SurveyData(
                        center,
                        "Después del foro " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        null,
                        LocalDate.now(),
                        LocalDate.now().plusDays(14),
                        Set.of(SurveyLanguage.EN, SurveyLanguage.ES, SurveyLanguage.SO),
                        List.of(SurveyItem.FEEL_SAFE, SurveyItem.TREATED_WITH_RESPECT, SurveyItem.WOULD_CONTACT_POLICE),
                        List.of(new OwnQuestion(
                                SurveyScale.TEXT,
                                "What should we talk about at the next forum?",
                                "¿De qué deberíamos hablar en el próximo foro?",
                                "Maxaan ka wada hadalnaa kulanka xiga?")))));
        var findings = new ArrayList<String>();
        Page staff = null;
        for (int resident = 1; resident <= 10; resident++) {
            // each on a phone of their own, its browser in Spanish: the page opens in Spanish
            Page phone = newPage(390, 844, "es-US");
            phone.navigate(url("s/" + survey.code()));
            assertThat(phone.locator("html")).hasAttribute("lang", "es");
            assertThat(phone.getByText("¿Qué tan seguro/a se siente en su vecindario?"))
                    .isVisible();
            phone.getByRole(
                            com.microsoft.playwright.options.AriaRole.GROUP,
                            new Page.GetByRoleOptions().setName("1. ¿Qué tan seguro/a se siente en su vecindario?"))
                    .getByLabel(
                            String.valueOf(resident % 11),
                            new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true))
                    .check();
            phone.getByLabel(
                            resident % 2 == 0 ? "De acuerdo" : "Muy de acuerdo",
                            new Page.GetByLabelOptions().setExact(true))
                    .check();
            if (resident == 1) {
                // a first try with something the survey never keeps: marked at the question, the text still there
                phone.getByLabel("4. ¿De qué deberíamos hablar en el próximo foro?")
                        .fill("Mi vecino es indocumentado");
                phone.getByRole(
                                com.microsoft.playwright.options.AriaRole.BUTTON,
                                new Page.GetByRoleOptions().setName("Enviar mis respuestas"))
                        .click();
                assertThat(phone.getByText("no escriba nada sobre el estatus migratorio"))
                        .isVisible();
                findings.addAll(AxeCheck.seriousFindingsOfPlainPage(phone, "survey with a marked question"));
                phone.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/survey-marked-phone.png"))
                        .setFullPage(true));
                phone.getByLabel("4. ¿De qué deberíamos hablar en el próximo foro?")
                        .fill("Cómo llamar a la línea de intérpretes");
                // what was chosen before the refusal is still chosen
                assertThat(phone.getByLabel("Muy de acuerdo", new Page.GetByLabelOptions().setExact(true)))
                        .isChecked();
            } else if (resident == 2) {
                findings.addAll(AxeCheck.seriousFindingsOfPlainPage(phone, "survey on a phone"));
                phone.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/survey-phone.png"))
                        .setFullPage(true));
            }
            phone.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Enviar mis respuestas"))
                    .click();
            assertThat(phone.getByText("Gracias. Recibimos sus respuestas.")).isVisible();
            // the resident's browser holds no cookie of the app: nothing it fetched (not even an icon) made a session
            assertThat(phone.context().cookies().stream().map(c -> c.name)).isEmpty();
            if (resident == 9 || resident == 10) {
                // the liaison's page of the survey: no figure before the tenth answer
                if (staff == null) {
                    staff = newPage(1280, 900);
                    signIn(staff, "demo-liaison", org.jcpp.liaison.IntegrationTest.DEMO_PASSWORD);
                }
                staff.navigate(url("survey/" + survey.id()));
                if (resident == 9) {
                    assertThat(staff.locator(".survey-results")).containsText("Not enough answers yet: 9 of 10");
                    assertThat(staff.locator(".survey-results")).not().containsText("Mean");
                } else {
                    assertThat(staff.locator(".survey-results")).containsText("from 10 answers");
                    findings.addAll(AxeCheck.seriousFindings(staff, "survey results"));
                    staff.screenshot(new Page.ScreenshotOptions()
                            .setPath(Path.of("target/screenshots/survey-results.png"))
                            .setFullPage(true));
                }
            }
        }
        Page desktop = newPage(1280, 900, "en-US");
        desktop.navigate(url("s/" + survey.code() + "?lang=so"));
        assertThat(desktop.locator("html")).hasAttribute("lang", "so");
        findings.addAll(AxeCheck.seriousFindingsOfPlainPage(desktop, "survey in Somali"));
        desktop.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/survey-desktop-so.png"))
                .setFullPage(true));
        assertThat(findings).isEmpty();

        assertThat(jdbc.queryForList(
                        "SELECT language FROM survey_answer WHERE survey_id = ?", String.class, survey.id()))
                .hasSize(10)
                .containsOnly("es");
        // the first resident's first words were never stored; their second were
        assertThat(jdbc.queryForList(
                        "SELECT v.text FROM survey_answer_value v JOIN survey_answer a ON a.id = v.answer_id"
                                + " WHERE a.survey_id = ? AND v.text IS NOT NULL",
                        String.class,
                        survey.id()))
                .containsExactly("Cómo llamar a la línea de intérpretes");
    }
}
