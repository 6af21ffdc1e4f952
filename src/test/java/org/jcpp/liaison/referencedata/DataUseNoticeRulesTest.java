package org.jcpp.liaison.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jcpp.liaison.base.InvalidInputException;
import org.junit.jupiter.api.Test;

class DataUseNoticeRulesTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T15:00:00Z"), ZoneId.of("America/Chicago"));
    private final LocalDate reviewDay = LocalDate.of(2026, 11, 20);
    private final NoticeTextRow reviewedSomali =
            new NoticeTextRow(7, 2, 1, "som", "Waxaan qornaa magacaaga.", "Agency", "Hodan Ali", reviewDay);

    private static NoticeTextData edit(String text, String reviewer, LocalDate day) {
        return new NoticeTextData(7L, 2, 1, "som", text, "Agency", reviewer, day);
    }

    private static String fieldOf(Throwable e) {
        return ((InvalidInputException) e).field();
    }

    @Test
    void a_reviewed_text_whose_words_change_under_the_same_review_is_refused_at_the_review_day() {
        assertThatThrownBy(() -> edit("Waxaan qornaa magacaaga iyo lambarkaaga.", "Hodan Ali", reviewDay)
                        .check(clock, reviewedSomali))
                .hasMessageContaining("notice.text.review-again")
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("reviewedOn"));
    }

    @Test
    void new_words_under_a_review_dated_before_the_stored_one_are_refused() {
        assertThatThrownBy(
                        () -> edit("Waxaan qornaa magacaaga iyo lambarkaaga.", "Ayaan Farah", LocalDate.of(2026, 11, 2))
                                .check(clock, reviewedSomali))
                .hasMessageContaining("notice.text.review-again");
    }

    @Test
    void a_changed_text_is_saved_as_a_draft_or_with_a_new_review_and_an_unchanged_one_keeps_its_review() {
        String changed = "Waxaan qornaa magacaaga iyo lambarkaaga.";
        assertThatCode(() ->
                        new NoticeTextData(7L, 2, 1, "som", changed, "Agency", null, null).check(clock, reviewedSomali))
                .doesNotThrowAnyException();
        assertThatCode(() ->
                        edit(changed, "Hodan Ali", LocalDate.of(2026, 12, 2)).check(clock, reviewedSomali))
                .doesNotThrowAnyException();
        assertThatCode(() -> edit(" Waxaan qornaa magacaaga. ", "Hodan Ali", reviewDay)
                        .check(clock, reviewedSomali))
                .doesNotThrowAnyException();
    }

    @Test
    void reviewer_and_day_go_together_and_the_day_has_come() {
        assertThatThrownBy(() ->
                        new NoticeTextData(null, 0, 1, "vie", "Chúng tôi", "Agency", "Lan T.", null).check(clock, null))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("reviewedOn"));
        assertThatThrownBy(() ->
                        new NoticeTextData(null, 0, 1, "vie", "Chúng tôi", "Agency", "", reviewDay).check(clock, null))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("reviewedBy"));
        assertThatThrownBy(() -> new NoticeTextData(
                                null, 0, 1, "vie", "Chúng tôi", "Agency", "Lan T.", LocalDate.of(2026, 12, 4))
                        .check(clock, null))
                .hasMessageContaining("translation-review.day.future");
    }

    @Test
    void a_new_version_is_given_from_tomorrow_at_the_earliest() {
        assertThatThrownBy(() -> new NoticeVersionData("2027-1", LocalDate.of(2026, 12, 3), 1).check(clock))
                .satisfies(e -> assertThat(fieldOf(e)).isEqualTo("inForceFrom"));
        assertThatCode(() -> new NoticeVersionData("2027-1", LocalDate.of(2026, 12, 4), 1).check(clock))
                .doesNotThrowAnyException();
    }

    @Test
    void a_resident_gets_the_text_in_their_language_else_the_notice_read_aloud() {
        var english = new NoticeTextRow(1, 0, 1, "eng", "We write down", "Program", "Program", reviewDay);
        var notice = new DataUseNotice(1, "2026-1", LocalDate.of(2026, 1, 1), List.of(english, reviewedSomali));
        assertThat(notice.forLanguage("som")).isEqualTo("som");
        assertThat(notice.forLanguage("lao")).isEqualTo(DataUseNotice.ORAL);
        assertThat(notice.forLanguage(null)).isNull();
        assertThat(notice.offers("oral")).isTrue();
        assertThat(notice.offers("eng")).isTrue();
        assertThat(notice.offers("spa")).isFalse();
        assertThat(notice.offers(null)).isFalse();
    }
}
