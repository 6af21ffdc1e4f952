package org.jcpp.liaison.contacts;

import java.util.Locale;
import org.jcpp.liaison.base.InterfaceLanguages;
import org.jspecify.annotations.Nullable;

/**
 * The interface language a named person's own file is written in: their preferred language where the app has it
 * (English, Spanish, Somali), else the language of the notice they were given where the app has that, else English.
 * Both come as ISO 639-3 codes ({@code spa}); a notice read aloud through an interpreter is {@code oral}.
 */
public final class NoticeLanguages {

    private NoticeLanguages() {}

    public static Locale localeFor(@Nullable String preferredLanguageCode, @Nullable String noticeLanguage) {
        for (String code : new String[] {preferredLanguageCode, noticeLanguage}) {
            Locale locale = interfaceLanguage(code);
            if (locale != null) {
                return locale;
            }
        }
        return Locale.ENGLISH;
    }

    private static @Nullable Locale interfaceLanguage(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return InterfaceLanguages.ALL.stream()
                .filter(l -> l.getISO3Language().equals(code))
                .findFirst()
                .orElse(null);
    }
}
