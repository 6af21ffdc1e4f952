package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnswerThrottleTest {

    /** A clock the test moves. */
    private static final class Time implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void pass(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    @Test
    void an_address_gets_its_allowance_per_ten_minutes_and_another_address_its_own() {
        var time = new Time();
        var throttle = new AnswerThrottle(3, 100, time);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.takeAddress("10.0.0.1")).isTrue();
        }
        assertThat(throttle.takeAddress("10.0.0.1")).isFalse();
        assertThat(throttle.takeAddress("10.0.0.2")).isTrue();
        time.pass(Duration.ofMinutes(10));
        assertThat(throttle.takeAddress("10.0.0.1")).isTrue();
    }

    @Test
    void the_addresses_of_one_ipv6_network_share_an_allowance() {
        var throttle = new AnswerThrottle(2, 100, new Time());
        assertThat(throttle.takeAddress("2001:db8:1:2::1")).isTrue();
        assertThat(throttle.takeAddress("2001:db8:1:2:ffff::9")).isTrue();
        assertThat(throttle.takeAddress("2001:db8:1:2:abcd::42"))
                .as("the same /64")
                .isFalse();
        assertThat(throttle.takeAddress("2001:db8:1:3::1")).as("another /64").isTrue();
    }

    @Test
    void an_address_not_seen_for_an_hour_is_forgotten() {
        var time = new Time();
        var throttle = new AnswerThrottle(5, 100, time);
        throttle.takeAddress("10.0.0.1");
        throttle.takeAddress("10.0.0.2");
        assertThat(throttle.addressesHeld()).isEqualTo(2);
        time.pass(Duration.ofMinutes(61));
        throttle.takeAddress("10.0.0.3");
        assertThat(throttle.addressesHeld()).isEqualTo(1);
    }

    @Test
    void a_survey_keeps_at_most_its_cap_an_hour_and_another_survey_its_own() {
        var time = new Time();
        var throttle = new AnswerThrottle(100, 3, time);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.takeSurvey(7)).isTrue();
        }
        assertThat(throttle.takeSurvey(7)).isFalse();
        assertThat(throttle.takeSurvey(8)).isTrue();
        time.pass(Duration.ofHours(1));
        assertThat(throttle.takeSurvey(7)).isTrue();
    }
}
