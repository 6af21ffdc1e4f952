package org.jcpp.liaison.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ContactSearchTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 15, 0);

    private static LocalDateTime day(int year, int month, int day) {
        return LocalDate.of(year, month, day).atStartOfDay();
    }

    @Test
    void a_text_is_searched_by_its_words_when_it_has_letters_or_digits() {
        assertThat(ContactSearch.hasWords("food shelf")).isTrue();
        assertThat(ContactSearch.hasWords("612")).isTrue();
        assertThat(ContactSearch.hasWords("Qorshe")).isTrue();
        assertThat(ContactSearch.hasWords("ñ")).isTrue();
        assertThat(ContactSearch.hasWords("<-")).isFalse();
        assertThat(ContactSearch.hasWords("  ")).isFalse();
        assertThat(ContactSearch.hasWords(null)).isFalse();
        assertThat(ContactSearch.hasWords("①"))
                .as("not a decimal digit, as in the database")
                .isFalse();
        assertThat(ContactSearch.hasWords("ሰላም")).as("Amharic").isTrue();
    }

    @Test
    void a_city_and_a_period_search_the_citys_keys_of_each_year_the_period_touches_in_utc() {
        // November 2025 to October 2026: two years
        assertThat(ContactSearch.scopes(12L, day(2025, 11, 1), day(2026, 11, 1), NOW, CHICAGO))
                .isEqualTo("c12y2025/,c12y2026/");
        // the year 2026 in Chicago ends at 06:00 UTC on January 1, 2027: that morning is stored in 2027
        assertThat(ContactSearch.scopes(12L, day(2026, 1, 1), day(2027, 1, 1), NOW, CHICAGO))
                .isEqualTo("c12y2026/,c12y2027/");
        // east of UTC the first day begins the evening before in UTC: January 1 in Tokyo is stored on December 31
        assertThat(ContactSearch.scopes(12L, day(2026, 1, 1), day(2026, 2, 1), NOW, ZoneId.of("Asia/Tokyo")))
                .isEqualTo("c12y2025/,c12y2026/");
        // the last three months, until now
        assertThat(ContactSearch.scopes(null, day(2026, 9, 3), null, NOW, CHICAGO))
                .isEqualTo("y2026/");
    }

    @Test
    void without_a_period_or_over_many_years_the_keys_have_no_year() {
        assertThat(ContactSearch.scopes(12L, null, null, NOW, CHICAGO)).isEqualTo("c12/");
        assertThat(ContactSearch.scopes(null, null, day(2026, 1, 1), NOW, CHICAGO))
                .isEqualTo("/");
        assertThat(ContactSearch.scopes(12L, day(2016, 1, 1), day(2026, 1, 1), NOW, CHICAGO))
                .isEqualTo("c12/");
        assertThat(ContactSearch.scopes(null, day(2021, 1, 1), day(2026, 1, 1), NOW, CHICAGO))
                .as("six years: still by year")
                .isEqualTo("y2021/,y2022/,y2023/,y2024/,y2025/,y2026/");
    }

    @Test
    void an_empty_period_still_names_one_key() {
        assertThat(ContactSearch.scopes(3L, day(2026, 5, 1), day(2025, 5, 1), NOW, CHICAGO))
                .isEqualTo("c3y2026/");
    }
}
