package org.jcpp.liaison.referencedata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A version of the data-use notice with its texts by language (ISO 639-3). A resident is given one of its texts, or,
 * where it has none in their language, the notice read aloud through an interpreter or the language line
 * ({@link #ORAL}).
 */
public record DataUseNotice(long id, String code, LocalDate inForceFrom, List<NoticeTextRow> texts) {

    /** The notice read aloud through an interpreter or the language line: the fallback for any language. */
    public static final String ORAL = "oral";

    /** The text this version has in a language. */
    public Optional<NoticeTextRow> text(String languageCode) {
        return texts.stream().filter(t -> t.languageCode().equals(languageCode)).findFirst();
    }

    /** What a liaison may record as given: one of its texts' languages, or {@link #ORAL}. */
    public boolean offers(@Nullable String notice) {
        return ORAL.equals(notice) || (notice != null && text(notice).isPresent());
    }

    /**
     * What a resident of this preferred language is given: the text in their language where this version has one,
     * else the notice read aloud through an interpreter; null when their language is not known.
     */
    public @Nullable String forLanguage(@Nullable String preferredLanguageCode) {
        if (preferredLanguageCode == null) {
            return null;
        }
        return text(preferredLanguageCode).isPresent() ? preferredLanguageCode : ORAL;
    }
}
