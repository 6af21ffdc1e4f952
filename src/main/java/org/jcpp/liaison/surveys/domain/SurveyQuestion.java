package org.jcpp.liaison.surveys.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.surveys.QuestionRef;
import org.jcpp.liaison.surveys.SurveyItem;
import org.jcpp.liaison.surveys.SurveyScale;
import org.jspecify.annotations.Nullable;

/** A question of a survey: a standard item (its words are the app's translations), or an own one with its words. */
@Entity
@Table(name = "survey_question")
@jakarta.persistence.EntityListeners(org.jcpp.liaison.base.TextNormaliser.class)
public class SurveyQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Classified(DataClass.PUBLIC)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "survey_id")
    private Survey survey;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int position;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    private @Nullable SurveyItem item;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyScale scale;

    @Classified(DataClass.PUBLIC)
    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Classified(DataClass.PUBLIC)
    @Column(name = "text_es", nullable = false)
    private String textEs;

    @Classified(DataClass.PUBLIC)
    @Column(name = "text_so", nullable = false)
    private String textSo;

    @SuppressWarnings("NullAway.Init")
    protected SurveyQuestion() {}

    SurveyQuestion(
            Survey survey,
            int position,
            @Nullable SurveyItem item,
            SurveyScale scale,
            String textEn,
            String textEs,
            String textSo) {
        this.survey = survey;
        this.position = position;
        this.item = item;
        this.scale = scale;
        this.textEn = textEn;
        this.textEs = textEs;
        this.textSo = textSo;
    }

    public long requireId() {
        return java.util.Objects.requireNonNull(id, "a stored question");
    }

    public int getPosition() {
        return position;
    }

    public @Nullable SurveyItem getItem() {
        return item;
    }

    public SurveyScale getScale() {
        return scale;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getTextEs() {
        return textEs;
    }

    public String getTextSo() {
        return textSo;
    }

    public QuestionRef ref() {
        return new QuestionRef(requireId(), scale, item);
    }
}
