package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** An interface language (other than the English source) and the native speaker's review of its texts, if any. */
@Entity
@Table(name = "translation_review")
public class TranslationReview extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "language_tag", nullable = false, updatable = false)
    @SuppressWarnings("NullAway.Init")
    private String languageTag;

    /** The reviewer's name: a colleague or volunteer, never a resident. */
    @Classified(DataClass.PRIVATE)
    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;

    @Classified(DataClass.PUBLIC)
    @Column(name = "reviewed_on")
    private @Nullable LocalDate reviewedOn;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    private @Nullable String note;

    public String getLanguageTag() {
        return languageTag;
    }

    public @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public @Nullable String getNote() {
        return note;
    }

    /** Records the review (both the reviewer and the day), or clears it when the texts changed after it. */
    public void review(@Nullable String reviewedBy, @Nullable LocalDate reviewedOn, @Nullable String note) {
        this.reviewedBy = reviewedBy;
        this.reviewedOn = reviewedBy == null ? null : reviewedOn;
        this.note = note;
    }
}
