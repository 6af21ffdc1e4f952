package org.jcpp.liaison.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void a_letter_and_its_combining_accent_become_one_character() {
        assertThat(Text.singleLine("Cafe\u0301")).isEqualTo("Café").hasSize(4);
        assertThat(Text.multiLine("e\u0301")).isEqualTo("é");
    }

    @Test
    void a_right_to_left_override_no_longer_turns_the_text_around() {
        assertThat(Text.singleLine("ev\u202Eli\u202C")).isEqualTo("evli");
        assertThat(Text.singleLine("\u2067abc\u2069 \u202Adef\u202C")).isEqualTo("abc def");
    }

    @Test
    void control_characters_are_removed_from_a_title() {
        assertThat(Text.singleLine("Block\u000B party\u0000\u0007\u007F\u0085")).isEqualTo("Block party");
    }

    @Test
    void a_title_turns_line_breaks_and_tabs_into_spaces_and_loses_outer_spaces() {
        assertThat(Text.singleLine("  Town hall\r\nMay\tforum\n ")).isEqualTo("Town hall May forum");
    }

    @Test
    void a_summary_keeps_its_lines_with_crlf_as_lf() {
        assertThat(Text.multiLine("First line\r\nSecond\rThird\n\tindented\u000B\u0000"))
                .isEqualTo("First line\nSecond\nThird\n\tindented");
    }

    @Test
    void invisible_characters_that_disguise_text_are_removed() {
        assertThat(Text.singleLine("\uFEFFpay\u200Bpal\u2060")).isEqualTo("paypal");
    }

    @Test
    void text_of_only_control_characters_becomes_empty() {
        assertThat(Text.singleLine("\u000B\r\n\u202E\u200B")).isEmpty();
        assertThat(Text.multiLine("\r\n\u0085")).isEmpty();
    }

    @Test
    void arabic_persian_and_somali_text_with_joiners_is_kept() {
        String persian = "می\u200Cخواهم"; // zero-width non-joiner inside a Persian word
        String arabic = "مرحبا بكم";
        String somali = "Waan ku faraxsanahay inaan ku caawiyo";
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67"; // emoji joined with a zero-width joiner
        assertThat(Text.singleLine(persian)).isEqualTo(persian);
        assertThat(Text.singleLine(arabic)).isEqualTo(arabic);
        assertThat(Text.multiLine(somali)).isEqualTo(somali);
        assertThat(Text.singleLine(family)).isEqualTo(family);
        assertThat(Text.singleLine("שלום\u200F!")).isEqualTo("שלום\u200F!");
    }

    @Test
    void nothing_stays_nothing() {
        assertThat(Text.singleLine(null)).isNull();
        assertThat(Text.multiLine(null)).isNull();
    }

    @Test
    void soft_hyphens_tag_characters_and_other_invisible_format_characters_are_removed() {
        String hidden = "ad\u00ADmin" + new String(Character.toChars(0xE0041)) + "\u2062\u034F\u3164";
        assertThat(Text.singleLine(hidden)).isEqualTo("admin");
        // the joiners and direction marks that scripts need stay
        assertThat(Text.singleLine("\u0645\u200C\u0627 \u200E\u200F")).isEqualTo("\u0645\u200C\u0627 \u200E\u200F");
    }
}
