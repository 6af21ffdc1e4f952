package org.jcpp.liaison.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListSizeTest {

    private static final LocalDateTime NEWEST = LocalDateTime.of(2026, 11, 30, 12, 0);

    /** {@code n} rows, newest first, one every {@code minutes} minutes back from NEWEST. */
    private static List<LocalDateTime> everyMinutes(int n, int minutes) {
        var times = new ArrayList<LocalDateTime>();
        for (int i = 0; i < n; i++) {
            times.add(NEWEST.minusMinutes((long) i * minutes));
        }
        return times;
    }

    @Test
    void up_to_a_thousand_rows_are_counted_exactly() {
        assertThat(ListSize.ofNewest(List.of(), null)).isEqualTo(new ListSize(0, true));
        assertThat(ListSize.ofNewest(everyMinutes(1000, 60), NEWEST.minusYears(5)))
                .isEqualTo(new ListSize(1000, true));
    }

    @Test
    void beyond_a_thousand_the_rate_of_the_newest_rows_is_carried_over_the_whole_period() {
        // a row an hour: the newest 1001 span 1000 hours; ninety days are 2160 hours, so about 2160 rows
        var size = ListSize.ofNewest(everyMinutes(1001, 60), NEWEST.minusDays(90));
        assertThat(size).isEqualTo(new ListSize(2200, false));
        // a row every six minutes over a year: 87,600 rows, said as two significant digits
        assertThat(ListSize.ofNewest(everyMinutes(1001, 6), NEWEST.minusDays(365)))
                .isEqualTo(new ListSize(88_000, false));
    }

    @Test
    void when_the_times_tell_nothing_more_the_list_has_more_than_a_thousand() {
        var moreThan = new ListSize(ListSize.EXACT_UP_TO, false);
        assertThat(ListSize.ofNewest(everyMinutes(1001, 60), null))
                .as("no first day")
                .isEqualTo(moreThan);
        assertThat(ListSize.ofNewest(everyMinutes(1001, 0), NEWEST.minusDays(9)))
                .as("all at one time")
                .isEqualTo(moreThan);
        assertThat(ListSize.ofNewest(everyMinutes(1001, 60), NEWEST.minusHours(1000)))
                .as("the first day is the newest rows' own")
                .isEqualTo(moreThan);
        assertThat(ListSize.ofNewest(everyMinutes(1001, 60), NEWEST.minusHours(1020)))
                .as("an estimate that rounds to a thousand")
                .isEqualTo(moreThan);
    }
}
