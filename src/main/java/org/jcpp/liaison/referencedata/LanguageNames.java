package org.jcpp.liaison.referencedata;

import java.text.Collator;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * A language's name as a reader of the interface language reads it. The list keeps each language's ISO 639-3 code and
 * an English name an admin chose ("Hmong Daw (White Hmong)"), shown as stored to an English reader. Another reader
 * gets the name the JDK's locale data (CLDR) has for the code in their language ("som" → "somalí", "Soomaali"); where
 * the JDK has none in that language (it answers with the code, or with its English name), the app's own translation
 * {@code language.<code>} ("hnj" → "hmong verde (hmong njua)"); and where neither exists, the stored name.
 */
public final class LanguageNames {

    private static final String BUNDLE = "vaadin-i18n.translations";

    /** ISO 639-2/T three-letter codes (the same as ISO 639-3 for single languages) to the two-letter codes CLDR uses. */
    private static final Map<String, String> TWO_LETTER = new HashMap<>();

    static {
        for (String code : Locale.getISOLanguages()) {
            try {
                TWO_LETTER.putIfAbsent(Locale.of(code).getISO3Language(), code);
            } catch (MissingResourceException e) {
                // a two-letter code without a three-letter one: not a code the list can store
            }
        }
    }

    private LanguageNames() {}

    /** The language's name for a reader of {@code locale}. */
    public static String inLanguage(@Nullable String code, String storedName, Locale locale) {
        if (code == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return storedName;
        }
        String jdk = jdkName(code, locale);
        if (jdk != null) {
            return jdk;
        }
        String translated = translated(code, locale);
        return translated != null ? capitalised(translated, locale) : storedName;
    }

    /**
     * A language's name inside a sentence: lower case where the reader's language writes language names so ("en
     * español"), as the JDK's locale data does; as it is otherwise ("in Spanish", "af Soomaali").
     */
    public static String inSentence(String name, Locale locale) {
        String english = Locale.ENGLISH.getDisplayLanguage(locale);
        boolean lowerCase = !english.isEmpty() && Character.isLowerCase(english.charAt(0));
        return lowerCase && !name.isEmpty() ? name.substring(0, 1).toLowerCase(locale) + name.substring(1) : name;
    }

    /** The language's BCP 47 tag, for a {@code lang} attribute: the two-letter code where there is one ("som" → "so"). */
    public static String tag(String code) {
        return TWO_LETTER.getOrDefault(code, code);
    }

    /** The name of a language the list does not have: the JDK's, else the app's translation, else the code. */
    public static String unlisted(String code, Locale locale) {
        String jdk = jdkName(code, locale);
        if (jdk != null) {
            return jdk;
        }
        String translated = translated(code, locale);
        return translated != null ? capitalised(translated, locale) : code;
    }

    private static String capitalised(String name, Locale locale) {
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The names of the languages by id, for a reader of {@code locale}, in that language's alphabetical order. */
    public static Map<Long, String> inLanguage(Collection<LanguageRef> languages, Locale locale) {
        var collator = Collator.getInstance(locale);
        var shown = new LinkedHashMap<Long, String>();
        languages.stream()
                .map(l -> Map.entry(l.id(), inLanguage(l.code(), l.name(), locale)))
                .sorted((a, b) -> collator.compare(a.getValue(), b.getValue()))
                .forEach(e -> shown.put(e.getKey(), e.getValue()));
        return shown;
    }

    /** The JDK's name, capitalised, or null when the JDK does not have one in that language. */
    private static @Nullable String jdkName(String code, Locale locale) {
        Locale language = Locale.of(TWO_LETTER.getOrDefault(code, code));
        String name = language.getDisplayLanguage(locale);
        String english = language.getDisplayLanguage(Locale.ENGLISH);
        boolean missing = name.isEmpty()
                || name.equalsIgnoreCase(code)
                || name.equals(language.getLanguage())
                || (name.equals(english) && translated(code, locale) != null);
        return missing ? null : capitalised(name, locale);
    }

    /** The app's translation {@code language.<code>} in exactly that language (no fallback to another one). */
    private static @Nullable String translated(String code, Locale locale) {
        try {
            var bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    Locale.of(locale.getLanguage()),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (!bundle.getLocale().getLanguage().equals(locale.getLanguage())) {
                return null;
            }
            String key = "language." + code;
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
