package org.jcpp.liaison.imports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void yes_and_no_in_english_and_spanish() {
        assertThat(CellValues.yesNo("Yes")).contains(true);
        assertThat(CellValues.yesNo("sí")).contains(true);
        assertThat(CellValues.yesNo("TRUE")).contains(true);
        assertThat(CellValues.yesNo("")).contains(false);
        assertThat(CellValues.yesNo("No")).contains(false);
        assertThat(CellValues.yesNo("maybe")).isEmpty();
    }

    @Test
    void whole_numbers_as_spreadsheets_write_them() {
        assertThat(CellValues.wholeNumber("12")).contains(12);
        assertThat(CellValues.wholeNumber("12.0")).contains(12);
        assertThat(CellValues.wholeNumber("1,200")).contains(1200);
        assertThat(CellValues.wholeNumber("2.5")).isEmpty();
        assertThat(CellValues.wholeNumber("a dozen")).isEmpty();
    }

    @Test
    void several_entries_in_one_cell() {
        assertThat(CellValues.entries("English; Somali")).isEqualTo(List.of("English", "Somali"));
        assertThat(CellValues.entries("Spanish and English")).isEqualTo(List.of("Spanish", "English"));
        assertThat(CellValues.entries("Hmong, Karen / Oromo")).isEqualTo(List.of("Hmong", "Karen", "Oromo"));
        assertThat(CellValues.entries("  ")).isEmpty();
    }
}
