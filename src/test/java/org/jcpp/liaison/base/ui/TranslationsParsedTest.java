package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.i18n.DefaultI18NProviderFactory;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The parsed formats give every text exactly as Vaadin's own provider does, in every language. */
class TranslationsParsedTest {

    private final com.vaadin.flow.i18n.DefaultI18NProvider vaadin =
            DefaultI18NProviderFactory.create(DefaultI18NProviderFactory.DEFAULT_LOCATION_PATTERN);
    private final Translations.Parsed parsed = new Translations.Parsed(vaadin);

    @Test
    void every_text_with_values_reads_as_vaadins_provider_writes_it_in_english_spanish_and_somali() {
        var values =
                new Object[][] {{0L, 0L, "x", 0}, {1, 1L, "Hopkins", 1.5}, {12_345L, 2, LocalDate.of(2026, 12, 3), 7}};
        int compared = 0;
        for (Locale locale : vaadin.getProvidedLocales()) {
            for (String key : vaadin.getAllTranslations(locale).keySet()) {
                for (Object[] value : values) {
                    String expected;
                    try {
                        expected = vaadin.getTranslation(key, locale, value);
                    } catch (IllegalArgumentException notForTheseValues) {
                        continue; // e.g. a number format given a text: not how the app calls it
                    }
                    assertThat(parsed.getTranslation(key, locale, value))
                            .as("%s in %s", key, locale)
                            .isEqualTo(expected);
                    // asked again: the kept format gives the same
                    assertThat(parsed.getTranslation(key, locale, value)).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void choices_and_texts_without_values_and_missing_keys_read_as_before() {
        assertThat(parsed.getTranslation("contacts.people", Locale.ENGLISH, 1)).isEqualTo("1 person");
        assertThat(parsed.getTranslation("contacts.people", Locale.ENGLISH, 12_345))
                .isEqualTo("12,345 people");
        assertThat(parsed.getTranslation("contacts.people", Locale.forLanguageTag("es"), 3))
                .isEqualTo(vaadin.getTranslation("contacts.people", Locale.forLanguageTag("es"), 3));
        assertThat(parsed.getTranslation("contacts.total", Locale.ENGLISH))
                .isEqualTo(vaadin.getTranslation("contacts.total", Locale.ENGLISH));
        assertThat(parsed.getTranslation("no.such.key", Locale.ENGLISH, 5))
                .isEqualTo(vaadin.getTranslation("no.such.key", Locale.ENGLISH, 5));
    }
}
