package org.jcpp.liaison.referencedata;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An interface language and its native speaker's review (none yet: the translation is a draft). */
public record TranslationReviewRow(
        String languageTag,
        long version,
        @Nullable String reviewedBy,
        @Nullable LocalDate reviewedOn,
        @Nullable String note) {

    public boolean reviewed() {
        return reviewedBy != null;
    }
}
