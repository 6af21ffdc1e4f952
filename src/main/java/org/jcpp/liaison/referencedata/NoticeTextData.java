package org.jcpp.liaison.referencedata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What an admin writes for one language of a notice version: the text, who translated it, and the native speaker's
 * review (who and on which day: both, or neither for a draft). {@code id} is null for a language the version does not
 * have yet; {@code version} the one edited.
 */
public record NoticeTextData(
        @Nullable Long id,
        long version,
        long noticeVersionId,

        @NotBlank(message = "validation.required")
        @Pattern(regexp = "[a-z]{3}", message = "notice.text.language.format")
        String languageCode,

        @NotBlank(message = "validation.required") @Size(max = TEXT_MAX, message = "validation.too-long")
        String text,

        @NotBlank(message = "validation.required") @Size(max = NAME_MAX, message = "validation.too-long")
        String translatedBy,

        @Nullable @Size(max = NAME_MAX, message = "validation.too-long")
        String reviewedBy,

        @Nullable LocalDate reviewedOn) {

    public static final int TEXT_MAX = 4000;
    public static final int NAME_MAX = 100;

    /**
     * Reviewer and day together, the day come and not more than ten years back; and words changed after their review
     * need a new review, on a later day than the stored one (the stored review, or any on that day or before, is
     * refused: clear the review to keep the new words as a draft, or enter the day a native speaker read them).
     */
    public void check(Clock clock, @Nullable NoticeTextRow stored) {
        NativeReview.check(reviewedBy, reviewedOn, clock, "translation-review.day");
        boolean named = reviewedBy != null && !reviewedBy.isBlank();
        LocalDate storedDay = stored == null ? null : stored.reviewedOn();
        if (stored != null
                && storedDay != null
                && !stored.text().equals(text.strip())
                && named
                && reviewedOn != null
                && !reviewedOn.isAfter(storedDay)) {
            throw new InvalidInputException("reviewedOn", "notice.text.review-again");
        }
    }
}
