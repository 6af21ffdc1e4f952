package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jcpp.liaison.surveys.SurveyHandout.Block;
import org.junit.jupiter.api.Test;

/** A survey's handout in the app's words: its address, its languages in order, its last day in each language. */
class SurveyHandoutsTest {

    private final SurveyService surveys = mock(SurveyService.class);
    private final SurveyHandouts handouts = new SurveyHandouts(
            surveys,
            new DefaultI18NProvider(List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("so"))),
            "https://jcpp.example.org/");

    @Test
    void the_address_is_the_base_url_and_the_code_without_a_double_slash() {
        var survey = SurveyHandoutTest.survey(EnumSet.of(SurveyLanguage.EN), null);

        assertThat(handouts.handout(survey).address()).isEqualTo("https://jcpp.example.org/s/bpcheck2");
    }

    @Test
    void languages_come_in_the_order_english_spanish_somali_and_only_those_offered() {
        var survey =
                SurveyHandoutTest.survey(EnumSet.of(SurveyLanguage.SO, SurveyLanguage.ES), LocalDate.of(2027, 1, 31));

        var blocks = handouts.handout(survey).blocks();

        assertThat(blocks)
                .extracting(Block::days)
                .containsExactly("Abierta hasta el 31 de enero de 2027", "Wuu furan yahay ilaa Janaayo 31, 2027");
        assertThat(blocks.getFirst().scan()).contains("cámara");
    }

    @Test
    void a_survey_without_a_last_day_says_it_is_open() {
        var survey = SurveyHandoutTest.survey(EnumSet.of(SurveyLanguage.EN), null);

        assertThat(handouts.handout(survey).blocks())
                .extracting(Block::days)
                .containsExactly("Open now, with no last day set.");
    }

    @Test
    void the_files_are_named_after_the_survey_code() {
        when(surveys.get(7)).thenReturn(SurveyHandoutTest.survey(EnumSet.of(SurveyLanguage.EN), null));

        assertThat(handouts.fileName(7, "pdf")).isEqualTo("survey-bpcheck2.pdf");
        assertThat(handouts.pdf(7)).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
