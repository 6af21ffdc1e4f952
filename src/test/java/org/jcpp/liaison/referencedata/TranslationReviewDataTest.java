package org.jcpp.liaison.referencedata;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jcpp.liaison.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class TranslationReviewDataTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T15:00:00Z"), ZoneId.of("America/Chicago"));

    @Test
    void a_reviewer_needs_the_day_of_the_review() {
        assertThatThrownBy(() -> new TranslationReviewData("so", 0, "Hodan Ali", null, null).check(clock))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("reviewedOn"));
    }

    @Test
    void a_day_without_a_reviewer_is_refused_at_the_reviewer() {
        assertThatThrownBy(() -> new TranslationReviewData("so", 0, " ", LocalDate.of(2026, 11, 30), null).check(clock))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> org.assertj.core.api.Assertions.assertThat(e.field())
                                .isEqualTo("reviewedBy"));
    }

    @Test
    void a_review_tomorrow_is_refused_and_today_or_neither_is_fine() {
        assertThatThrownBy(() ->
                        new TranslationReviewData("so", 0, "Hodan Ali", LocalDate.of(2026, 12, 4), null).check(clock))
                .hasMessageContaining("translation-review.day.future");
        assertThatCode(() ->
                        new TranslationReviewData("so", 0, "Hodan Ali", LocalDate.of(2026, 12, 3), null).check(clock))
                .doesNotThrowAnyException();
        assertThatCode(() -> new TranslationReviewData("so", 0, null, null, "texts changed").check(clock))
                .doesNotThrowAnyException();
    }
}
