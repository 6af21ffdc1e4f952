package org.jcpp.liaison.referencedata;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One language's text of a data-use notice version, with its translator and review; without a review, a draft. */
public record NoticeTextRow(
        long id,
        long version,
        long noticeVersionId,
        String languageCode,
        String text,
        String translatedBy,
        @Nullable String reviewedBy,
        @Nullable LocalDate reviewedOn) {

    /** A native speaker read it: it is no longer a draft. */
    public boolean reviewed() {
        return reviewedBy != null && reviewedOn != null;
    }
}
