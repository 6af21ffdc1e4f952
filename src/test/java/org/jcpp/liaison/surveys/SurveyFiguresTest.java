package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyFiguresTest {

    @Test
    void an_item_answered_by_nine_people_gives_no_figure_and_by_ten_its_points_and_mean() {
        var nine = SurveyFigures.item(SurveyItem.TREATED_WITH_RESPECT, Map.of(4, 5L, 5, 4L));
        assertThat(nine.enough()).isFalse();
        assertThat(nine.answered()).isEqualTo(9);
        assertThat(nine.points()).isEmpty();
        assertThat(nine.mean()).isNull();

        var ten = SurveyFigures.item(SurveyItem.TREATED_WITH_RESPECT, Map.of(4, 5L, 5, 4L, 1, 1L));
        assertThat(ten.enough()).isTrue();
        // (5×4 + 4×5 + 1×1) / 10
        assertThat(ten.mean()).isEqualTo(4.1);
        // every point of the scale, the ones nobody gave as zero
        assertThat(ten.points())
                .containsExactly(
                        Map.entry(1, 1L), Map.entry(2, 0L), Map.entry(3, 0L), Map.entry(4, 5L), Map.entry(5, 4L));
    }

    @Test
    void the_feel_safe_item_counts_its_points_from_zero_to_ten() {
        var given = SurveyFigures.item(SurveyItem.FEEL_SAFE, Map.of(0, 4L, 10, 6L));
        assertThat(given.points()).hasSize(11).containsEntry(0, 4L).containsEntry(10, 6L);
        assertThat(given.mean()).isEqualTo(6.0);
    }

    @Test
    void a_quarter_is_named_by_its_number_in_the_year() {
        var autumn = new SurveyQuarter(1, java.time.YearMonth.of(2026, 10), 12, java.util.List.of());
        assertThat(autumn.quarterOfYear()).isEqualTo(4);
        assertThat(SurveyReports.quarterStart(java.time.YearMonth.of(2026, 8)))
                .isEqualTo(java.time.YearMonth.of(2026, 7));
    }
}
