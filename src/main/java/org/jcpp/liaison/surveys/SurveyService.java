package org.jcpp.liaison.surveys;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.surveys.domain.Survey;
import org.jcpp.liaison.surveys.domain.SurveyQuestion;
import org.jcpp.liaison.surveys.domain.SurveyRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The surveys of the user's cities, as liaisons and coordinators set them up: create one (its questions fixed once it
 * has an answer), close it by hand or open it again. Every change goes to the audit trail; answers name no one.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class SurveyService {

    private final SurveyRepository surveys;
    private final OutreachService outreach;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final JdbcClient jdbc;
    private final PublicSurveys answers;
    private final Clock clock;

    SurveyService(
            SurveyRepository surveys,
            OutreachService outreach,
            CurrentUser currentUser,
            AuditedChanges changes,
            JdbcClient jdbc,
            PublicSurveys answers,
            Clock clock) {
        this.answers = answers;
        this.surveys = surveys;
        this.outreach = outreach;
        this.currentUser = currentUser;
        this.changes = changes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One page of the surveys of the user's cities, newest first, with their answers counted: one statement. */
    public java.util.List<SurveyRow> rows(org.springframework.data.domain.Pageable pageable) {
        var scope = currentUser.scope();
        if (scope.isEmpty()) {
            return java.util.List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("SELECT s.id, s.city_id, s.title, s.opens_on, s.closes_on, s.closed_at IS NOT NULL,"
                        + " (SELECT count(*) FROM survey_answer a WHERE a.survey_id = s.id) FROM survey s"
                        + inScope(scope) + " ORDER BY s.opens_on DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .params(scopeParameters(scope))
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> {
                    LocalDate opensOn = rs.getDate(4).toLocalDate();
                    java.sql.Date last = rs.getDate(5);
                    LocalDate closesOn = last == null ? null : last.toLocalDate();
                    boolean closedByHand = rs.getBoolean(6);
                    var standing = PublicSurvey.Standing.on(today, opensOn, closesOn, closedByHand);
                    return new SurveyRow(
                            rs.getLong(1), rs.getLong(2), rs.getString(3), opensOn, closesOn, standing, rs.getLong(7));
                })
                .list();
    }

    public long count() {
        var scope = currentUser.scope();
        if (scope.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM survey s" + inScope(scope))
                .params(scopeParameters(scope))
                .query(Long.class)
                .single();
    }

    private static String inScope(CityScope scope) {
        return scope.allCities() ? "" : " WHERE s.city_id IN (:cities)";
    }

    private static java.util.Map<String, Object> scopeParameters(CityScope scope) {
        return scope.allCities() ? java.util.Map.of() : java.util.Map.of("cities", scope.cityIds());
    }

    public SurveyDetails get(long id) {
        return details(loadInScope(id, currentUser.scope()));
    }

    /**
     * The survey's figures (two statements: the points given per question, the free texts with their count); empty
     * figures and no texts while it has fewer than {@link SurveyLimits#ANSWERS_BEFORE_FIGURES} answers.
     */
    public SurveyResults results(long id) {
        Survey survey = loadInScope(id, currentUser.scope());
        long answers = jdbc.sql("SELECT count(*) FROM survey_answer WHERE survey_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        if (answers < SurveyLimits.ANSWERS_BEFORE_FIGURES) {
            return new SurveyResults(answers, java.util.List.of(), 0, java.util.List.of());
        }
        var counts = new java.util.HashMap<Long, java.util.TreeMap<Integer, Long>>();
        // by the survey's questions: an index-only scan of each one's points (survey_answer_value_question_idx)
        jdbc.sql("SELECT v.question_id, v.value, count(*) FROM survey_answer_value v"
                        + " JOIN survey_question q ON q.id = v.question_id WHERE q.survey_id = :id"
                        + " AND v.value IS NOT NULL GROUP BY 1, 2")
                .param("id", id)
                .query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), q -> new java.util.TreeMap<>())
                        .put(rs.getInt(2), rs.getLong(3)))
                .list();
        var items = new java.util.ArrayList<SurveyResults.Item>();
        for (SurveyQuestion question : survey.getQuestions()) {
            if (!question.getScale().numeric()) {
                continue;
            }
            var points = new java.util.LinkedHashMap<Integer, Long>();
            var given = counts.getOrDefault(question.requireId(), new java.util.TreeMap<>());
            long answered = 0;
            long sum = 0;
            for (int point = question.getScale().lowest();
                    point <= question.getScale().highest();
                    point++) {
                long n = given.getOrDefault(point, 0L);
                points.put(point, n);
                answered += n;
                sum += n * point;
            }
            items.add(new SurveyResults.Item(
                    question.ref(), answered, points, answered == 0 ? null : (double) sum / answered));
        }
        var textQuestions = survey.getQuestions().stream()
                .filter(q -> !q.getScale().numeric())
                .map(SurveyQuestion::requireId)
                .toList();
        // found by the survey's text questions (the index by question), newest first
        var texts = textQuestions.isEmpty()
                ? java.util.List.<java.util.Map.Entry<String, Long>>of()
                : jdbc.sql("SELECT v.text, count(*) OVER () FROM survey_answer_value v"
                                + " JOIN survey_answer a ON a.id = v.answer_id WHERE v.question_id IN (:questions)"
                                + " AND v.text IS NOT NULL ORDER BY a.answered_on DESC LIMIT :shown")
                        .param("questions", textQuestions)
                        .param("shown", SurveyResults.TEXTS_SHOWN)
                        .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getLong(2)))
                        .list();
        return new SurveyResults(
                answers,
                items,
                texts.isEmpty() ? 0 : texts.getFirst().getValue(),
                texts.stream().map(java.util.Map.Entry::getKey).toList());
    }

    @Transactional
    public SurveyDetails create(@Valid SurveyData data) {
        data.check();
        CityScope scope = currentUser.scope();
        if (!scope.allows(data.cityId())) {
            throw new InvalidInputException("cityId", "survey.city.not-yours");
        }
        checkEvent(data);
        String code = SurveyCodes.next();
        while (surveys.existsByPublicCode(code)) {
            code = SurveyCodes.next();
        }
        var saved = changes.create(
                RecordType.SURVEY,
                new Survey(currentUser.requireId(), code),
                survey -> {
                    describe(survey, data);
                    survey.ask(data.items(), data.ownQuestions());
                },
                AuditedChanges::noPerson);
        return details(saved);
    }

    /** Stops taking answers now (the public page says it is closed); its answers stay. */
    @Transactional
    public SurveyDetails close(long id, long version) {
        Survey survey = loadInScope(id, currentUser.scope());
        return details(changes.update(
                RecordType.SURVEY, survey, version, s -> s.close(clock.instant()), AuditedChanges::noPerson));
    }

    @Transactional
    public SurveyDetails reopen(long id, long version) {
        Survey survey = loadInScope(id, currentUser.scope());
        return details(changes.update(RecordType.SURVEY, survey, version, Survey::reopen, AuditedChanges::noPerson));
    }

    /**
     * Stores answers a liaison typed in from paper, given on {@code day} (within the survey's days, and not after
     * today; a survey closed by hand still takes the paper answers of the days it was open): all of them or, when any
     * is refused, none ({@link PaperAnswersRefused} says which and why). Blank rows are left out. The survey's count of
     * paper answers goes up, an audited change: the trail says who typed in how many, never what they said.
     *
     * @return how many answers were stored
     */
    @Transactional
    public int typeIn(long id, LocalDate day, java.util.List<PaperAnswer> rows) {
        Survey survey = loadInScope(id, currentUser.scope());
        LocalDate today = LocalDate.now(clock);
        if (day.isAfter(today)) {
            throw new InvalidInputException("day", "survey.paper.day.future");
        }
        if (day.isBefore(survey.getOpensOn()) || (survey.getClosesOn() != null && day.isAfter(survey.getClosesOn()))) {
            throw new InvalidInputException("day", "survey.paper.day.outside");
        }
        var refs = survey.getQuestions().stream().map(SurveyQuestion::ref).toList();
        var problems = new java.util.LinkedHashMap<Integer, java.util.Map<String, String>>();
        var given = new java.util.ArrayList<java.util.Map.Entry<SurveyLanguage, GivenAnswer>>();
        for (int row = 0; row < rows.size(); row++) {
            var paper = rows.get(row);
            if (paper.blank()) {
                continue;
            }
            if (!survey.getLanguages().contains(paper.language())) {
                problems.put(row, java.util.Map.of("language", "survey.paper.language"));
                continue;
            }
            var answer = GivenAnswer.read(refs, paper.typed());
            if (answer.valid()) {
                given.add(java.util.Map.entry(paper.language(), answer));
            } else {
                problems.put(row, answer.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new PaperAnswersRefused(problems);
        }
        if (given.isEmpty()) {
            throw new InvalidInputException("rows", "survey.paper.none");
        }
        if (given.size() > SurveyLimits.PAPER_ROWS_MAX) {
            throw new InvalidInputException("rows", "survey.paper.too-many");
        }
        // each typing-in counted on the survey: who typed in how many is in the trail, the answers name no one
        changes.update(
                RecordType.SURVEY, survey, survey.getVersion(), s -> s.typedIn(given.size()), AuditedChanges::noPerson);
        given.forEach(entry -> answers.store(id, entry.getKey(), day, entry.getValue()));
        return given.size();
    }

    private void checkEvent(SurveyData data) {
        if (data.eventId() != null) {
            long eventCity;
            try {
                eventCity = outreach.get(data.eventId()).cityId();
            } catch (RecordNotFoundException e) {
                throw new InvalidInputException("eventId", "survey.event.not-found");
            }
            if (eventCity != data.cityId()) {
                throw new InvalidInputException("eventId", "survey.event.other-city");
            }
        }
        if (data.seriesId() != null) {
            long seriesCity;
            try {
                seriesCity = outreach.getSeries(data.seriesId()).cityId();
            } catch (RecordNotFoundException e) {
                throw new InvalidInputException("seriesId", "survey.event.not-found");
            }
            if (seriesCity != data.cityId()) {
                throw new InvalidInputException("seriesId", "survey.event.other-city");
            }
        }
    }

    private static void describe(Survey survey, SurveyData data) {
        survey.describe(
                data.cityId(),
                data.title().strip(),
                data.eventId(),
                data.seriesId(),
                data.opensOn(),
                data.closesOn(),
                data.languages());
    }

    private Survey loadInScope(long id, CityScope scope) {
        Survey survey = surveys.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.SURVEY, id));
        if (!scope.allows(survey.getCityId())) {
            throw new RecordNotFoundException(RecordType.SURVEY, id);
        }
        return survey;
    }

    private SurveyDetails details(Survey survey) {
        long answers = jdbc.sql("SELECT count(*) FROM survey_answer WHERE survey_id = :id")
                .param("id", survey.requireId())
                .query(Long.class)
                .single();
        var data = new SurveyData(
                survey.getCityId(),
                survey.getTitle(),
                survey.getEventId(),
                survey.getSeriesId(),
                survey.getOpensOn(),
                survey.getClosesOn(),
                survey.getLanguages(),
                survey.items(),
                survey.ownQuestions());
        return new SurveyDetails(
                survey.requireId(),
                survey.getVersion(),
                data,
                survey.getCode(),
                survey.getClosedAt(),
                survey.open(LocalDate.now(clock)),
                survey.getQuestions().stream().map(SurveyQuestion::ref).toList(),
                answers);
    }
}
