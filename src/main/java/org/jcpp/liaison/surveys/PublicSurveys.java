package org.jcpp.liaison.surveys;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jcpp.liaison.surveys.domain.Survey;
import org.jcpp.liaison.surveys.domain.SurveyRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public survey pages may do without a sign-in: read a survey by its short code and store an anonymous
 * answer to an open one. An answer is its survey, its language and the day — nothing else is written.
 */
@Service
@Transactional(readOnly = true)
public class PublicSurveys {

    private final SurveyRepository surveys;
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicSurveys(SurveyRepository surveys, JdbcClient jdbc, Clock clock) {
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The survey of a code (a malformed code is not looked up). */
    public Optional<PublicSurvey> find(String code) {
        String typed = code.strip().toLowerCase(java.util.Locale.ROOT); // as read off a handout, in any case
        if (!SurveyCodes.wellFormed(typed)) {
            return Optional.empty();
        }
        return surveys.findByPublicCode(typed).map(this::toPublic);
    }

    /** Reads what was typed against the survey's questions (nothing is stored). */
    public GivenAnswer read(PublicSurvey survey, Map<String, String> typed) {
        return GivenAnswer.read(
                survey.questions().stream().map(PublicSurvey.Question::ref).toList(), typed);
    }

    /** Stores a valid answer to an open survey in a language it offers, as its survey, language and day only. */
    @Transactional
    public void store(PublicSurvey survey, SurveyLanguage language, GivenAnswer given) {
        if (survey.standing() != PublicSurvey.Standing.OPEN
                || !survey.languages().contains(language)
                || !given.valid()) {
            throw new IllegalStateException("an answer the survey does not take");
        }
        store(survey.id(), language, LocalDate.now(clock), given);
    }

    /** Stores one answer as its survey, language and day only (the public page's and the paper grid's). */
    void store(long surveyId, SurveyLanguage language, LocalDate day, GivenAnswer given) {
        // a random id: the answers' order says nothing of who sent which
        var answerId = jdbc.sql("INSERT INTO survey_answer (survey_id, language, answered_on)"
                        + " VALUES (:survey, :language, :day) RETURNING id")
                .param("survey", surveyId)
                .param("language", language.tag())
                .param("day", Date.valueOf(day))
                .query(java.util.UUID.class)
                .single();
        given.values().forEach((question, value) -> jdbc.sql(
                        "INSERT INTO survey_answer_value (answer_id, question_id, value) VALUES (:a, :q, :v)")
                .param("a", answerId)
                .param("q", question)
                .param("v", value)
                .update());
        given.texts().forEach((question, text) -> jdbc.sql(
                        "INSERT INTO survey_answer_value (answer_id, question_id, text) VALUES (:a, :q, :t)")
                .param("a", answerId)
                .param("q", question)
                .param("t", text)
                .update());
        // the city's quarter counted (read by the dashboard, the reports and the public page): added to, never
        // rewritten
        jdbc.sql("INSERT INTO survey_city_quarter (city_id, quarter, answers)"
                        + " SELECT city_id, date_trunc('quarter', CAST(:day AS date))::date, 1 FROM survey WHERE id = :survey"
                        + " ON CONFLICT (city_id, quarter) DO UPDATE SET answers = survey_city_quarter.answers + 1")
                .param("day", Date.valueOf(day))
                .param("survey", surveyId)
                .update();
        jdbc.sql("INSERT INTO survey_city_quarter_point (city_id, quarter, item, value, answers)"
                        + " SELECT s.city_id, date_trunc('quarter', CAST(:day AS date))::date, q.item, v.value, 1"
                        + " FROM survey_answer_value v JOIN survey_question q ON q.id = v.question_id"
                        + " JOIN survey s ON s.id = q.survey_id WHERE v.answer_id = :answer AND q.item IS NOT NULL"
                        + " AND v.value IS NOT NULL ON CONFLICT (city_id, quarter, item, value)"
                        + " DO UPDATE SET answers = survey_city_quarter_point.answers + 1")
                .param("day", Date.valueOf(day))
                .param("answer", answerId)
                .update();
    }

    private PublicSurvey toPublic(Survey survey) {
        LocalDate today = LocalDate.now(clock);
        var standing = survey.standing(today);
        return new PublicSurvey(
                survey.requireId(),
                survey.getCode(),
                survey.getTitle(),
                survey.getLanguages(),
                standing,
                survey.getQuestions().stream()
                        .map(q -> new PublicSurvey.Question(q.ref(), q.getTextEn(), q.getTextEs(), q.getTextSo()))
                        .toList());
    }
}
