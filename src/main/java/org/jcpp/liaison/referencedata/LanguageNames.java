package org.jcpp.liaison.referencedata;

import java.text.Collator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The reference list of languages is stored data, kept in English ("Somali"). Shown to a user of another language,
 * a name Java knows as an ISO language's English name is given in the user's language ("somalí" → "Somalí"); a name
 * Java does not know ("Karen", "Liberian English", "Hmong") stays as stored.
 */
public final class LanguageNames {

    private static final Map<String, Locale> BY_ENGLISH_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            BY_ENGLISH_NAME.putIfAbsent(language.getDisplayLanguage(Locale.ENGLISH), language);
        }
    }

    private LanguageNames() {}

    /** A stored (English) language name as a user of {@code locale} reads it. */
    public static String inLanguage(String storedName, Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return storedName;
        }
        Locale language = BY_ENGLISH_NAME.get(storedName);
        if (language == null) {
            return storedName;
        }
        String name = language.getDisplayLanguage(locale);
        return name.isEmpty() ? storedName : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Stored names by id, each in the user's language, in that language's alphabetical order. */
    public static Map<Long, String> inLanguage(Map<Long, String> storedNames, Locale locale) {
        if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return storedNames;
        }
        var collator = Collator.getInstance(locale);
        var shown = new LinkedHashMap<Long, String>();
        storedNames.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), inLanguage(e.getValue(), locale)))
                .sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
                .forEach(e -> shown.put(e.getKey(), e.getValue()));
        return shown;
    }
}
