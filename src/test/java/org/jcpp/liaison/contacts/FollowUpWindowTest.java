package org.jcpp.liaison.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FollowUpWindowTest {

    private final Clock may2026 = Clock.fixed(Instant.parse("2026-05-14T15:00:00Z"), ZoneId.of("America/Chicago"));
    private final LocalDate contactDay = LocalDate.of(2026, 5, 10);

    @Test
    void a_follow_up_in_1900_is_refused() {
        assertThat(FollowUpWindow.forContactOn(contactDay, may2026).allows(LocalDate.of(1900, 1, 1)))
                .isFalse();
    }

    @Test
    void a_follow_up_before_the_contact_is_refused_and_on_its_day_or_after_it_is_fine() {
        var window = FollowUpWindow.forContactOn(contactDay, may2026);
        assertThat(window.allows(contactDay.minusDays(1))).isFalse();
        assertThat(window.allows(contactDay)).isTrue();
        assertThat(window.allows(LocalDate.of(2026, 5, 12))).isTrue(); // past already, for a contact logged late
    }

    @Test
    void a_follow_up_up_to_two_years_from_today_is_fine_and_a_day_later_is_refused() {
        var window = FollowUpWindow.forContactOn(contactDay, may2026);
        assertThat(window.latest()).isEqualTo(LocalDate.of(2028, 5, 14));
        assertThat(window.allows(LocalDate.of(2028, 5, 14))).isTrue();
        assertThat(window.allows(LocalDate.of(2028, 5, 15))).isFalse();
    }
}
