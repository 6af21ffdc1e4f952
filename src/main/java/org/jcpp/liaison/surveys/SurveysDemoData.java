package org.jcpp.liaison.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.DemoData;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.surveys.domain.Survey;
import org.jcpp.liaison.surveys.domain.SurveyQuestion;
import org.jcpp.liaison.surveys.domain.SurveyRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo survey a newcomer can answer: Brooklyn Park's yearly pulse at {@code /s/bpcheck2}, open since a month ago in
 * English, Spanish and Somali, with fourteen answers (more than the ten before any figure is shown).
 */
@Component
@Order(70)
class SurveysDemoData implements ApplicationRunner {

    static final String CODE = "bpcheck2";

    private final DemoData demoData;
    private final SurveyRepository surveys;
    private final AccountDirectory directory;
    private final ReferenceDataService referenceData;
    private final JdbcClient jdbc;
    private final PublicSurveys answers;
    private final Clock clock;

    SurveysDemoData(
            DemoData demoData,
            SurveyRepository surveys,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            JdbcClient jdbc,
            PublicSurveys answers,
            Clock clock) {
        this.answers = answers;
        this.demoData = demoData;
        this.surveys = surveys;
        this.directory = directory;
        this.referenceData = referenceData;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoData.loadOnce(() -> surveys.count() > 0, this::load);
    }

    private void load() {
        Long liaison = directory.idsByDisplayName().get("Amina Hassan");
        Long park = referenceData.names(ReferenceKind.CITY).entrySet().stream()
                .filter(e -> e.getValue().equals("Brooklyn Park"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        if (liaison == null || park == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var survey = new Survey(liaison, CODE);
        survey.describe(
                park,
                "Brooklyn Park community pulse " + today.getYear(),
                null,
                null,
                today.minusDays(30),
                today.plusDays(60),
                Set.of(SurveyLanguage.EN, SurveyLanguage.ES, SurveyLanguage.SO));
        survey.ask(
                List.of(
                        SurveyItem.FEEL_SAFE,
                        SurveyItem.TREATED_WITH_RESPECT,
                        SurveyItem.LISTEN_TO_CONCERNS,
                        SurveyItem.WOULD_CONTACT_POLICE),
                List.of(new OwnQuestion(
                        SurveyScale.TEXT,
                        "What should the police do more of in your neighbourhood?",
                        "¿Qué debería hacer más la policía en su vecindario?",
                        "Maxay tahay inay booliisku sii badiyaan xaafaddaada?")));
        surveys.saveAndFlush(survey);
        List<Long> questions =
                survey.getQuestions().stream().map(SurveyQuestion::requireId).toList();
        String[] languages = {"es", "en", "so", "es", "en", "es", "so", "en", "es", "en", "so", "es", "en", "es"};
        int[][] values = {
            {7, 4, 3, 4}, {8, 4, 4, 5}, {5, 3, 3, 3}, {6, 4, 3, 4}, {9, 5, 4, 5}, {4, 2, 2, 3}, {7, 4, 4, 4},
            {8, 5, 5, 5}, {6, 3, 3, 4}, {7, 4, 3, 4}, {5, 3, 2, 3}, {8, 4, 4, 5}, {9, 5, 5, 5}, {6, 4, 3, 3}
        };
        String[] texts = {
            "Más patrullas a pie en el parque",
            "",
            "",
            "",
            "Come to the block parties",
            "",
            "Kulan badan oo bulsho",
            "",
            "",
            "",
            "",
            "Hablar con los jóvenes",
            "",
            ""
        };
        for (int i = 0; i < languages.length; i++) {
            var points = new java.util.LinkedHashMap<Long, Integer>();
            for (int q = 0; q < 4; q++) {
                points.put(questions.get(q), values[i][q]);
            }
            // stored as a resident's answer is: survey, language and day, and the city's quarter counted
            answers.store(
                    survey.requireId(),
                    SurveyLanguage.ofTag(languages[i]).orElseThrow(),
                    today.minusDays(28 - 2L * i),
                    new GivenAnswer(
                            points, texts[i].isEmpty() ? Map.of() : Map.of(questions.get(4), texts[i]), Map.of()));
        }
    }
}
