package org.jcpp.liaison.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PastWindowTest {

    /** 2026-05-14 10:00 in Minneapolis. */
    private final Clock may14 = Clock.fixed(Instant.parse("2026-05-14T15:00:00Z"), ZoneId.of("America/Chicago"));

    private final PastWindow window = PastWindow.asOf(may14);

    @Test
    void today_is_fine_and_tomorrow_is_in_the_future() {
        assertThat(window.isFuture(LocalDate.of(2026, 5, 14))).isFalse();
        assertThat(window.isFuture(LocalDate.of(2026, 5, 15))).isTrue();
    }

    @Test
    void a_moment_a_few_minutes_ahead_of_the_clock_is_still_now_but_an_hour_ahead_is_the_future() {
        assertThat(window.isFuture(LocalDateTime.of(2026, 5, 14, 10, 10))).isFalse();
        assertThat(window.isFuture(LocalDateTime.of(2026, 5, 14, 11, 0))).isTrue();
    }

    @Test
    void ten_years_back_to_the_day_is_fine_and_a_day_more_is_too_old() {
        assertThat(window.isTooOld(LocalDate.of(2016, 5, 14))).isFalse();
        assertThat(window.isTooOld(LocalDate.of(2016, 5, 13))).isTrue();
    }

    @Test
    void a_refused_day_names_the_field_and_the_message_of_its_kind_of_record() {
        assertThatThrownBy(() -> window.check(LocalDate.of(2026, 6, 1), "briefedOn", "rollcall.date"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("briefedOn");
                    assertThat(e.messageKey()).isEqualTo("rollcall.date.future");
                });
        assertThatThrownBy(() -> window.check(LocalDateTime.of(1999, 1, 1, 9, 0), "occurredAt", "contact.when"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("contact.when.too-old"));
    }
}
