package org.jcpp.liaison.datapractices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusWordingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Resident is undocumented and afraid to call",
                "Her husband was deported last year",
                "He is worried ICE will come to the school",
                "The family has TPS",
                "Family is not a citizen yet",
                "Waiting on an asylum case",
                "Asked about a green card",
                "Su esposo es indocumentado",
                "Viven sin papeles desde 2019",
                "No tiene documentos: está sin documentos",
                "Miedo a la deportación",
                "Pregunta por su estatus migratorio"
            })
    void wording_that_records_someones_status_is_found(String text) {
        assertThat(StatusWording.find(text)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ice on the sidewalks near the mosque",
                "Trust and immigration fears came up in general",
                "Senior citizens asked about scams",
                "Citizens academy starts in March",
                "Residents asked how traffic stops work",
                "Los vecinos preguntaron por los semáforos"
            })
    void ordinary_wording_is_not_flagged(String text) {
        assertThat(StatusWording.find(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Waiting on the VISA paperwork", "Habla de la deportación de su tío"})
    void the_match_is_reported_as_it_was_written(String text) {
        assertThat(StatusWording.find(text)).allSatisfy(word -> assertThat(text).contains(word));
    }
}
