package org.jcpp.liaison.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The kept durations' median is PostgreSQL's percentile_cont(0.5): the middle one, or halfway between the two. */
class MedianTest {

    @Test
    void an_odd_count_gives_the_middle_duration() {
        assertThat(ReportQueries.median(new double[] {0.5})).isEqualTo(0.5);
        assertThat(ReportQueries.median(new double[] {1.0, 2.25, 30.0})).isEqualTo(2.25);
    }

    @Test
    void an_even_count_gives_halfway_between_the_two_middle_durations() {
        assertThat(ReportQueries.median(new double[] {1.0, 2.0})).isEqualTo(1.5);
        assertThat(ReportQueries.median(new double[] {0.1, 3.0, 4.0, 90.0})).isEqualTo(3.5);
    }
}
