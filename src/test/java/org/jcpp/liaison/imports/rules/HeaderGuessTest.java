package org.jcpp.liaison.imports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportKind;
import org.junit.jupiter.api.Test;

class HeaderGuessTest {

    @Test
    void english_and_spanish_headers_are_guessed_case_and_accents_aside() {
        var guessed = HeaderGuess.guess(
                ImportKind.CONTACTS,
                List.of("Fecha", "CIUDAD", "Tipo de contacto", "Idioma(s)", "Personas", "Notas", "Intérprete"));
        assertThat(guessed)
                .isEqualTo(Map.of(
                        0, ImportField.WHEN,
                        1, ImportField.CITY,
                        2, ImportField.KIND,
                        3, ImportField.LANGUAGES,
                        4, ImportField.HEADCOUNT,
                        5, ImportField.SUMMARY,
                        6, ImportField.INTERPRETER));
    }

    @Test
    void a_header_holding_a_fields_words_is_guessed_and_each_field_goes_to_one_column() {
        var guessed = HeaderGuess.guess(
                ImportKind.CONTACTS, List.of("Date of visit", "City", "City (old)", "Need description", "Need"));
        assertThat(guessed)
                .containsEntry(0, ImportField.WHEN)
                .containsEntry(1, ImportField.CITY)
                .doesNotContainKey(2)
                .containsEntry(3, ImportField.NEED_DESCRIPTION)
                .containsEntry(4, ImportField.NEED);
    }

    @Test
    void a_column_that_names_people_is_never_guessed() {
        var guessed = HeaderGuess.guess(ImportKind.CONTACTS, List.of("Date", "City", "Resident name", "Phone"));
        assertThat(guessed).containsOnlyKeys(0, 1);
    }

    @Test
    void personal_columns_are_names_ways_to_reach_someone_birth_dates_and_status() {
        assertThat(List.of(
                        "Name",
                        "Name (optional)",
                        "Name/Nombre",
                        "Nombre y apellido",
                        "Nombre completo",
                        "Client's name",
                        "Attendee name",
                        "Residents",
                        "Contact person",
                        "Phone #",
                        "E-mail",
                        "Address",
                        "Date of birth",
                        "Immigration status",
                        "Apellido"))
                .allMatch(PersonalColumns::isPersonal);
        assertThat(List.of(
                        "Partner",
                        "Partner name",
                        "Nombre del grupo",
                        "Event name",
                        "Place",
                        "Date",
                        "City",
                        "Type",
                        "Language",
                        "Notes",
                        "Contact type",
                        "Attendees"))
                .noneMatch(PersonalColumns::isPersonal);
    }
}
