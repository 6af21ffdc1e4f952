package org.jcpp.liaison.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguageNamesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void an_english_reader_sees_the_name_as_the_admin_stored_it() {
        assertThat(LanguageNames.inLanguage("mww", "Hmong Daw (White Hmong)", Locale.US))
                .isEqualTo("Hmong Daw (White Hmong)");
    }

    @Test
    void another_reader_gets_the_jdks_name_for_the_code_even_of_a_three_letter_one() {
        assertThat(LanguageNames.inLanguage("som", "Somali", SPANISH)).isEqualTo("Somalí");
        assertThat(LanguageNames.inLanguage("quc", "K'iche'", SPANISH)).isEqualTo("Quiché");
        assertThat(LanguageNames.inLanguage("ara", "Arabic", SPANISH)).isEqualTo("Árabe");
    }

    @Test
    void where_the_jdk_has_no_name_in_that_language_the_apps_translation_is_used() {
        assertThat(LanguageNames.inLanguage("hnj", "Hmong Njua (Green Hmong)", SPANISH))
                .isEqualTo("Hmong verde (hmong njua)");
        assertThat(LanguageNames.inLanguage("lir", "Liberian English", SPANISH)).isEqualTo("Inglés liberiano");
        // the JDK answers "Karen" in Spanish from its English data: the translation wins
        assertThat(LanguageNames.inLanguage("kar", "Karen", SPANISH)).isEqualTo("Karen");
        assertThat(LanguageNames.inLanguage("ksw", "S'gaw Karen", SPANISH)).isEqualTo("Karen sgaw");
    }

    @Test
    void a_code_nobody_knows_or_no_code_shows_the_stored_name() {
        assertThat(LanguageNames.inLanguage("qzz", "Our local language", SPANISH))
                .isEqualTo("Our local language");
        assertThat(LanguageNames.inLanguage(null, "Dinka", SPANISH)).isEqualTo("Dinka");
    }

    @Test
    void names_are_sorted_in_the_readers_alphabet() {
        var names = LanguageNames.inLanguage(
                List.of(
                        new LanguageRef(1, "spa", "Spanish", true),
                        new LanguageRef(2, "ara", "Arabic", true),
                        new LanguageRef(3, "eng", "English", true)),
                SPANISH);
        assertThat(names.values()).containsExactly("Árabe", "Español", "Inglés");
    }

    @Test
    void in_a_sentence_a_spanish_reader_reads_language_names_in_lower_case_and_others_as_listed() {
        assertThat(LanguageNames.inSentence("Español", SPANISH)).isEqualTo("español");
        assertThat(LanguageNames.inSentence("Spanish", Locale.ENGLISH)).isEqualTo("Spanish");
        assertThat(LanguageNames.tag("som")).isEqualTo("so");
        assertThat(LanguageNames.tag("ksw")).isEqualTo("ksw");
        assertThat(LanguageNames.unlisted("eng", Locale.ENGLISH)).isEqualTo("English");
    }
}
