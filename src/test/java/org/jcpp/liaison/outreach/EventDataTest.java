package org.jcpp.liaison.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventDataTest {

    private static final LocalDateTime TUESDAY_1PM = LocalDateTime.of(2026, 12, 1, 13, 0);

    private static EventData from(LocalDateTime start, LocalDateTime end) {
        return new EventData(
                "Coffee with a cop",
                EventType.COMMUNITY_EVENT,
                1L,
                "",
                start,
                end,
                null,
                Set.of(),
                Set.of(),
                EventStatus.PLANNED,
                null,
                Map.of(),
                List.of(),
                "",
                null,
                java.util.Set.of());
    }

    @Test
    void an_afternoon_event_does_not_ask() {
        assertThat(from(TUESDAY_1PM, TUESDAY_1PM.plusHours(3)).runsIntoAnotherDay())
                .isFalse();
    }

    @Test
    void an_event_until_midnight_does_not_ask() {
        assertThat(from(TUESDAY_1PM, TUESDAY_1PM.toLocalDate().plusDays(1).atStartOfDay())
                        .runsIntoAnotherDay())
                .isFalse();
    }

    @Test
    void a_23_hour_event_into_the_next_day_asks() {
        var event = from(TUESDAY_1PM, TUESDAY_1PM.plusHours(23));
        assertThat(event.runsIntoAnotherDay()).isTrue();
        assertThat(event.length()).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void every_event_longer_than_a_day_asks() {
        assertThat(from(TUESDAY_1PM, TUESDAY_1PM.plus(OutreachLimits.ONE_DAY).plusMinutes(15))
                        .runsIntoAnotherDay())
                .isTrue();
        assertThat(from(TUESDAY_1PM.withHour(0), TUESDAY_1PM.withHour(0).plusDays(2))
                        .runsIntoAnotherDay())
                .isTrue();
    }
}
