package org.jcpp.liaison.surveys.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.surveys.OwnQuestion;
import org.jcpp.liaison.surveys.SurveyItem;
import org.jcpp.liaison.surveys.SurveyLanguage;
import org.jspecify.annotations.Nullable;

/**
 * A short anonymous survey of a member city: its questions (standard items, then the author's own), the days it takes
 * answers, the languages it is offered in, and the short code of its public page. Holds no resident's data; its
 * answers are rows of their own that carry only the survey, the language and the day.
 */
@Entity
@Table(name = "survey")
public class Survey extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String title;

    @Classified(DataClass.PUBLIC)
    @Column(name = "event_id")
    private @Nullable Long eventId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "series_id")
    private @Nullable Long seriesId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Classified(DataClass.PUBLIC)
    @Column(name = "closes_on")
    private @Nullable LocalDate closesOn;

    /** Closed by hand before its last day (or none). */
    @Classified(DataClass.PUBLIC)
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    /** The public page's short code ({@code /s/<code>}); random, never a sequence. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "code", nullable = false, updatable = false)
    private String publicCode;

    /** The languages offered, as tags joined by commas ({@code en,es,so}). */
    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String languages;

    /** How many of its answers were typed in from paper (each typing-in is an audited change of this count). */
    @Classified(DataClass.PUBLIC)
    @Column(name = "paper_answers", nullable = false)
    private int paperAnswers;

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SurveyQuestion> questions = new ArrayList<>();

    protected Survey() {}

    @SuppressWarnings("NullAway.Init") // filled (AuditedChanges.create) before it is saved
    public Survey(long createdBy, String code) {
        this.createdBy = createdBy;
        this.publicCode = code;
    }

    /** What the survey is, when and in which languages; its questions are set apart ({@link #ask}). */
    public void describe(
            long cityId,
            String title,
            @Nullable Long eventId,
            @Nullable Long seriesId,
            LocalDate opensOn,
            @Nullable LocalDate closesOn,
            Set<SurveyLanguage> languages) {
        this.cityId = cityId;
        this.title = title;
        this.eventId = eventId;
        this.seriesId = seriesId;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.languages = languages.stream().sorted().map(SurveyLanguage::tag).collect(Collectors.joining(","));
    }

    /** The questions, in order: the standard items, then the own ones. Only before the first answer (the service). */
    public void ask(List<SurveyItem> items, List<OwnQuestion> own) {
        questions.clear();
        int position = 1;
        for (var item : items) {
            questions.add(new SurveyQuestion(this, position++, item, item.scale(), "", "", ""));
        }
        for (var question : own) {
            questions.add(new SurveyQuestion(
                    this,
                    position++,
                    null,
                    question.scale(),
                    question.textEn().strip(),
                    question.textEs().strip(),
                    question.textSo().strip()));
        }
    }

    /** Whether it takes answers on {@code day}: begun, not past its last day, not closed by hand. */
    public org.jcpp.liaison.surveys.PublicSurvey.Standing standing(LocalDate day) {
        return org.jcpp.liaison.surveys.PublicSurvey.Standing.on(day, opensOn, closesOn, closedAt != null);
    }

    public boolean open(LocalDate day) {
        return standing(day) == org.jcpp.liaison.surveys.PublicSurvey.Standing.OPEN;
    }

    public void close(Instant at) {
        this.closedAt = at;
    }

    /** Counts answers typed in from paper. */
    public void typedIn(int answers) {
        this.paperAnswers += answers;
    }

    public int getPaperAnswers() {
        return paperAnswers;
    }

    public void reopen() {
        this.closedAt = null;
    }

    public Long getCityId() {
        return cityId;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable Long getEventId() {
        return eventId;
    }

    public @Nullable Long getSeriesId() {
        return seriesId;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public @Nullable LocalDate getClosesOn() {
        return closesOn;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public String getCode() {
        return publicCode;
    }

    public Set<SurveyLanguage> getLanguages() {
        var set = EnumSet.noneOf(SurveyLanguage.class);
        Arrays.stream(languages.split(",")).map(SurveyLanguage::ofTag).forEach(l -> l.ifPresent(set::add));
        return set;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public List<SurveyQuestion> getQuestions() {
        return questions;
    }

    /** Its own questions as they were set up (the standard items carry no words of their own). */
    public List<OwnQuestion> ownQuestions() {
        return questions.stream()
                .filter(q -> q.getItem() == null)
                .map(q -> new OwnQuestion(q.getScale(), q.getTextEn(), q.getTextEs(), q.getTextSo()))
                .toList();
    }

    public List<SurveyItem> items() {
        return questions.stream()
                .map(SurveyQuestion::getItem)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
