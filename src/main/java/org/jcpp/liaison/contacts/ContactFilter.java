package org.jcpp.liaison.contacts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the contact list; null means "any". The period is inclusive. */
public record ContactFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long cityId,
        @Nullable ContactKind kind,
        @Nullable Long languageId,
        @Nullable Long groupId,
        @Nullable Long topicId,
        @Nullable String text) {

    public static final ContactFilter ANY = new ContactFilter(null, null, null, null, null, null, null, null);
}
