package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void a_bar_chart_is_a_png_of_the_asked_size_even_without_data() throws Exception {
        byte[] png = Charts.bars(
                "Month by month",
                List.of("September 2026", "October 2026"),
                List.of(new Charts.Series("Contacts", List.of(20, 21)), new Charts.Series("Events", List.of(0, 2))),
                640,
                300);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(300);

        var empty = ImageIO.read(new ByteArrayInputStream(Charts.bars("Nothing", List.of(), List.of(), 320, 200)));
        assertThat(empty.getWidth()).isEqualTo(320);
    }

    @Test
    void a_chart_drawn_again_from_the_same_figures_is_the_same_picture_and_a_changed_figure_changes_it() {
        var months = List.of("September 2026", "October 2026");
        byte[] first = Charts.bars(
                "Month by month", months, List.of(new Charts.Series("Contacts", List.of(20, 21))), 640, 300);
        byte[] again = Charts.bars(
                "Month by month", months, List.of(new Charts.Series("Contacts", List.of(20, 21))), 640, 300);
        byte[] changed = Charts.bars(
                "Month by month", months, List.of(new Charts.Series("Contacts", List.of(20, 22))), 640, 300);
        assertThat(again).isEqualTo(first).isNotSameAs(first);
        assertThat(changed).isNotEqualTo(first);
        byte[] whole = first.clone();
        first[0] = 0; // a caller's copy, changed: the next one asked for is whole
        again[0] = 0;
        assertThat(Charts.bars(
                        "Month by month", months, List.of(new Charts.Series("Contacts", List.of(20, 21))), 640, 300))
                .isEqualTo(whole);
    }

    @Test
    void the_interpreter_line_time_line_draws_with_and_without_briefings_in_its_months() throws Exception {
        var months = List.of("Jan 2026", "Feb 2026", "Mar 2026");
        var calls = new Charts.Series("Calls", List.of(40, 0, 52));
        for (var briefings : List.of(List.of(0, 0, 0), List.of(0, 3, 0))) {
            byte[] png = Charts.usage(
                    "Interpreter line calls",
                    months,
                    calls,
                    new Charts.Series("Briefings on language access", briefings),
                    "Briefings",
                    800,
                    320);
            var image = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(800);
            assertThat(image.getHeight()).isEqualTo(320);
        }
    }
}
