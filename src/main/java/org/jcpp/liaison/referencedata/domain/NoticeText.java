package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/**
 * One language's text of a notice version, who translated it, and the native speaker's review (who and when), if
 * any: without one it is a draft.
 */
@Entity
@Table(name = "notice_text")
public class NoticeText extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "notice_version_id", nullable = false, updatable = false)
    private long noticeVersionId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "language_code", nullable = false, updatable = false)
    private String languageCode = "";

    /** The notice's own words, the same for every resident: public, not a resident's free text. */
    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String text = "";

    /** A colleague, volunteer or agency, never a resident. */
    @Classified(DataClass.PRIVATE)
    @Column(name = "translated_by", nullable = false)
    private String translatedBy = "";

    @Classified(DataClass.PRIVATE)
    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;

    @Classified(DataClass.PUBLIC)
    @Column(name = "reviewed_on")
    private @Nullable LocalDate reviewedOn;

    public NoticeText() {}

    public NoticeText(long noticeVersionId, String languageCode) {
        this.noticeVersionId = noticeVersionId;
        this.languageCode = languageCode;
    }

    public long getNoticeVersionId() {
        return noticeVersionId;
    }

    public String getLanguageCode() {
        return languageCode;
    }

    public String getText() {
        return text;
    }

    public String getTranslatedBy() {
        return translatedBy;
    }

    public @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable LocalDate getReviewedOn() {
        return reviewedOn;
    }

    /** The words, their translator and the review (both reviewer and day, or neither for a draft). */
    public void write(String text, String translatedBy, @Nullable String reviewedBy, @Nullable LocalDate reviewedOn) {
        this.text = text.strip();
        this.translatedBy = translatedBy.strip();
        this.reviewedBy = reviewedBy == null || reviewedBy.isBlank() ? null : reviewedBy.strip();
        this.reviewedOn = this.reviewedBy == null ? null : reviewedOn;
    }
}
