package org.jcpp.liaison.contacts;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which data-use notice fits a person's preferred language. Languages are a reference list of names (no codes); the
 * notice is written in English and Spanish; any other language is read aloud through an interpreter ("oral").
 */
public final class NoticeLanguages {

    private static final Map<String, String> WRITTEN = Map.of(
            "english", "en",
            "inglés", "en",
            "ingles", "en",
            "spanish", "es",
            "español", "es",
            "espanol", "es");

    private NoticeLanguages() {}

    /** The notice language for a preferred language's name: {@code en}, {@code es}, {@code oral}, or null for none. */
    public static @Nullable String forLanguage(@Nullable String languageName) {
        if (languageName == null || languageName.isBlank()) {
            return null;
        }
        return WRITTEN.getOrDefault(languageName.strip().toLowerCase(Locale.ROOT), "oral");
    }

    /** The app's language (English or Spanish) for a person: their preferred language, else their notice's, else English. */
    public static Locale localeFor(@Nullable String languageName, @Nullable String noticeLanguage) {
        String tag = forLanguage(languageName);
        if (!"en".equals(tag) && !"es".equals(tag)) {
            tag = "es".equals(noticeLanguage) ? "es" : "en";
        }
        return Locale.forLanguageTag(tag);
    }
}
