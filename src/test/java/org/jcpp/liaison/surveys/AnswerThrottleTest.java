package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Optional;
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
            assertThat(throttle.take("10.0.0.1", 7)).isEmpty();
        }
        assertThat(throttle.take("10.0.0.1", 7)).contains(AnswerThrottle.Refusal.ADDRESS);
        assertThat(throttle.take("10.0.0.2", 7)).isEmpty();
        time.pass(Duration.ofMinutes(10));
        assertThat(throttle.take("10.0.0.1", 7)).isEmpty();
    }

    @Test
    void a_survey_takes_at_most_its_cap_an_hour_from_all_addresses_and_a_refusal_costs_the_address_nothing() {
        var time = new Time();
        var throttle = new AnswerThrottle(2, 3, time);
        assertThat(throttle.take("10.0.0.1", 7)).isEmpty();
        assertThat(throttle.take("10.0.0.2", 7)).isEmpty();
        assertThat(throttle.take("10.0.0.3", 7)).isEmpty();
        assertThat(throttle.take("10.0.0.4", 7)).isEqualTo(Optional.of(AnswerThrottle.Refusal.SURVEY));
        // another survey is not held back by this one's cap, and the refused address kept its allowance
        assertThat(throttle.take("10.0.0.4", 8)).isEmpty();
        assertThat(throttle.take("10.0.0.4", 8)).isEmpty();
        time.pass(Duration.ofHours(1));
        assertThat(throttle.take("10.0.0.5", 7)).isEmpty();
    }
}
