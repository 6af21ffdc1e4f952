package org.jcpp.liaison.imports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jcpp.liaison.imports.rules.ValueMatcher.Choice;
import org.jcpp.liaison.imports.rules.ValueMatcher.Match;
import org.jcpp.liaison.imports.rules.ValueMatcher.Quality;
import org.junit.jupiter.api.Test;

class ValueMatcherTest {

    private final ValueMatcher cities = new ValueMatcher(List.of(
            new Choice("1", List.of("Brooklyn Park")),
            new Choice("2", List.of("Brooklyn Center")),
            new Choice("3", List.of("St. Louis Park")),
            new Choice("4", List.of("Bloomington")),
            new Choice("5", List.of("Robbinsdale"))));

    private final ValueMatcher languages = new ValueMatcher(
            List.of(new Choice("10", List.of("Spanish", "Español")), new Choice("11", List.of("Somali", "Somalí"))));

    @Test
    void the_name_as_written_is_exact() {
        assertThat(cities.match(" Brooklyn Park ")).isEqualTo(new Match(Quality.EXACT, "1"));
    }

    @Test
    void case_accents_and_punctuation_aside_is_loose() {
        assertThat(cities.match("brooklyn park")).isEqualTo(new Match(Quality.LOOSE, "1"));
        assertThat(cities.match("St Louis Park")).isEqualTo(new Match(Quality.LOOSE, "3"));
        assertThat(languages.match("Espanol")).isEqualTo(new Match(Quality.LOOSE, "10"));
    }

    @Test
    void abbreviations_initials_beginnings_and_misspellings_are_suggested() {
        assertThat(cities.match("Brooklyn Ctr")).isEqualTo(new Match(Quality.SUGGESTED, "2"));
        assertThat(cities.match("Saint Louis Pk")).isEqualTo(new Match(Quality.SUGGESTED, "3"));
        assertThat(cities.match("BP")).isEqualTo(new Match(Quality.SUGGESTED, "1"));
        assertThat(cities.match("Robbins")).isEqualTo(new Match(Quality.SUGGESTED, "5"));
        assertThat(cities.match("Bloomingtn")).isEqualTo(new Match(Quality.SUGGESTED, "4"));
    }

    @Test
    void a_value_two_entries_fit_equally_or_none_fits_is_unknown() {
        assertThat(cities.match("Brooklyn")).isEqualTo(new Match(Quality.UNKNOWN, null));
        assertThat(cities.match("Minneapolis")).isEqualTo(new Match(Quality.UNKNOWN, null));
        assertThat(cities.match("")).isEqualTo(new Match(Quality.UNKNOWN, null));
    }
}
