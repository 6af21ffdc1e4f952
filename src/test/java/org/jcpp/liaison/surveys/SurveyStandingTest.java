package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jcpp.liaison.surveys.PublicSurvey.Standing;
import org.junit.jupiter.api.Test;

class SurveyStandingTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 6, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 6, 30);

    @Test
    void a_survey_takes_answers_from_its_first_day_through_its_last_unless_closed_by_hand() {
        assertThat(Standing.on(FIRST.minusDays(1), FIRST, LAST, false)).isEqualTo(Standing.NOT_YET_OPEN);
        assertThat(Standing.on(FIRST, FIRST, LAST, false)).isEqualTo(Standing.OPEN);
        assertThat(Standing.on(LAST, FIRST, LAST, false)).isEqualTo(Standing.OPEN);
        assertThat(Standing.on(LAST.plusDays(1), FIRST, LAST, false)).isEqualTo(Standing.CLOSED);
        assertThat(Standing.on(FIRST.plusDays(3), FIRST, LAST, true)).isEqualTo(Standing.CLOSED);
        // a survey for a period with no last day runs until it is closed
        assertThat(Standing.on(FIRST.plusYears(2), FIRST, null, false)).isEqualTo(Standing.OPEN);
    }
}
