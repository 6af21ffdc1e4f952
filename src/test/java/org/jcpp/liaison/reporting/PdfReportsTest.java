package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;

/** The printed tables' columns: each as wide as the longest word of its header, so no word breaks inside. */
class PdfReportsTest {

    private static final float TEXT_WIDTH = PageSize.LETTER.getWidth() - 96;

    private static final String[] SPANISH_CITY_TABLE = {
        "Ciudad miembro",
        "Contactos",
        "Personas alcanzadas",
        "Necesidades planteadas",
        "Pases de lista",
        "Eventos realizados",
        "Asistencia a eventos"
    };

    @Test
    void a_column_too_narrow_for_its_longest_word_is_widened_from_the_columns_with_room_to_spare() {
        var font = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f);
        float[] given = {2.2f, 1, 1, 1, 1, 1, 1};
        float needsNeeded = font.getCalculatedBaseFont(false).getWidthPoint("Necesidades", 9.5f) + 2 * 4;
        assertThat(points(given)[3]).as("the column as given").isLessThan(needsNeeded);

        float[] fitted = points(PdfReports.fitWords(given, font, 4, SPANISH_CITY_TABLE));

        for (int i = 0; i < fitted.length; i++) {
            for (String word : SPANISH_CITY_TABLE[i].split(" ")) {
                assertThat(fitted[i])
                        .as("column %d against \"%s\"", i, word)
                        .isGreaterThanOrEqualTo(
                                font.getCalculatedBaseFont(false).getWidthPoint(word, 9.5f) + 2 * 4);
            }
        }
        assertThat(fitted[0]).as("the city's column gave room").isLessThan(points(given)[0]);
    }

    @Test
    void columns_that_fit_their_headers_are_left_as_they_are() {
        var font = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f);
        float[] given = {3, 1.2f, 1.2f};
        assertThat(PdfReports.fitWords(given, font, 4, "Idioma", "Contactos", "Personas"))
                .containsExactly(given);
    }

    /** Relative widths as points of the page's text width. */
    private static float[] points(float[] widths) {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        float[] points = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            points[i] = widths[i] / sum * TEXT_WIDTH;
        }
        return points;
    }
}
