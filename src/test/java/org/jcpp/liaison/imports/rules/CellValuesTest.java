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

    @Test
    void vendors_amounts_and_durations_are_read_and_a_negative_stays_negative_for_the_rules_to_refuse() {
        assertThat(CellValues.decimal("12.5")).contains(new java.math.BigDecimal("12.5"));
        assertThat(CellValues.decimal("$1,204.75")).contains(new java.math.BigDecimal("1204.75"));
        assertThat(CellValues.decimal("USD 14.25")).contains(new java.math.BigDecimal("14.25"));
        assertThat(CellValues.decimal("12:30")).contains(new java.math.BigDecimal("12.5"));
        assertThat(CellValues.decimal("1:02:30")).contains(new java.math.BigDecimal("62.5"));
        assertThat(CellValues.decimal("(3.00)")).contains(new java.math.BigDecimal("-3.00"));
        assertThat(CellValues.decimal("-3")).contains(new java.math.BigDecimal("-3"));
        assertThat(CellValues.decimal("twelve")).isEmpty();
        assertThat(CellValues.decimal("12:75")).isEmpty();
    }
}
