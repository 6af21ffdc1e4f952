package org.jcpp.liaison.base;

import java.util.List;
import java.util.Locale;

/**
 * The languages the app's interface is translated into (a {@code translations_<tag>.properties} each): English,
 * Spanish and Somali. Which of them a native speaker has reviewed is recorded by an admin (Interface languages).
 */
public final class InterfaceLanguages {

    public static final List<Locale> ALL =
            List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("so"));

    private InterfaceLanguages() {}
}
