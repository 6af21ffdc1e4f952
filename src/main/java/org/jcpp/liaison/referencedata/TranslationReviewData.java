package org.jcpp.liaison.referencedata;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an admin records about a translation: who reviewed it as a native speaker and on which day (both, or neither
 * to mark it a draft again after its texts changed), and a note.
 */
public record TranslationReviewData(
        String languageTag,
        long version,

        @Nullable @Size(max = 100, message = "validation.too-long")
        String reviewedBy,

        @Nullable LocalDate reviewedOn,

        @Nullable @Size(max = 500, message = "validation.too-long")
        String note) {

    /** Reviewer and day together; the day has come and is not more than ten years back. */
    public void check(Clock clock) {
        NativeReview.check(reviewedBy, reviewedOn, clock, "translation-review.day");
    }
}
