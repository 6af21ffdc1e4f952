package org.jcpp.liaison.surveys;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language a survey is offered and answered in: the app's interface languages. */
public enum SurveyLanguage {
    EN("en"),
    ES("es"),
    SO("so");

    private final String tag;

    SurveyLanguage(String tag) {
        this.tag = tag;
    }

    /** As in the public page's address ({@code ?lang=es}) and the answers' column. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<SurveyLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }
}
