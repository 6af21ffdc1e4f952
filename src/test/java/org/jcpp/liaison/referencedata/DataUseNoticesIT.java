package org.jcpp.liaison.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The notice's versions and texts as admins keep them. Every version made here is given from a day far ahead, so the
 * version in force that other tests see (2026-1, with its drafts) never changes.
 */
@IntegrationTest
class DataUseNoticesIT {

    @Autowired
    DataUseNotices notices;

    @Autowired
    JdbcTemplate jdbc;

    private NoticeVersionRow startFutureVersion() {
        var inForce = notices.versions().stream()
                .filter(NoticeVersionRow::inForce)
                .findFirst()
                .orElseThrow();
        String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
        return notices.startVersion(new NoticeVersionData(code, LocalDate.of(2099, 1, 1), inForce.id()));
    }

    @Test
    @WithUserDetails("demo-admin")
    void the_shipped_version_is_in_force_with_english_and_spanish_reviewed_and_five_drafts() {
        var notice = notices.inForce();
        assertThat(notice.code()).isEqualTo("2026-1");
        assertThat(notice.texts())
                .filteredOn(NoticeTextRow::reviewed)
                .extracting(NoticeTextRow::languageCode)
                .containsExactlyInAnyOrder("eng", "spa");
        assertThat(notice.texts())
                .filteredOn(t -> !t.reviewed())
                .extracting(NoticeTextRow::languageCode)
                .containsExactlyInAnyOrder("som", "mww", "orm", "vie", "ksw");
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_new_version_starts_from_the_texts_in_force_as_drafts_and_is_not_given_before_its_day() {
        var inForce = notices.inForce();
        var started = startFutureVersion();
        assertThat(started.inForce()).isFalse();
        var copy = notices.version(started.id());
        assertThat(copy.texts()).hasSameSizeAs(inForce.texts()).noneMatch(NoticeTextRow::reviewed);
        assertThat(copy.text("spa").orElseThrow().text())
                .isEqualTo(inForce.text("spa").orElseThrow().text());
        assertThat(copy.text("spa").orElseThrow().translatedBy())
                .isEqualTo(inForce.text("spa").orElseThrow().translatedBy());
        assertThat(notices.inForce().id()).isEqualTo(inForce.id());
        assertThat(notices.versions())
                .filteredOn(v -> v.code().equals(started.code()))
                .singleElement()
                .satisfies(v -> assertThat(v.superseded()).isFalse());

        assertThatThrownBy(() -> notices.startVersion(
                        new NoticeVersionData(started.code().toUpperCase(), LocalDate.of(2099, 2, 1), inForce.id())))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_corrects_a_draft_and_marks_it_reviewed_audited_and_a_stale_edit_is_refused() {
        var version = startFutureVersion();
        var somali = notices.version(version.id()).text("som").orElseThrow();
        var data = new NoticeTextData(
                somali.id(),
                somali.version(),
                version.id(),
                "som",
                somali.text() + " Mahadsanid.",
                somali.translatedBy(),
                "Hodan Ali",
                LocalDate.now().minusDays(1));
        var saved = notices.saveText(data);
        assertThat(saved.reviewed()).isTrue();
        assertThat(saved.text()).endsWith("Mahadsanid.");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE record_type = 'notice-text' AND record_id = ?"
                                + " AND action = 'UPDATE' AND changes LIKE '%Hodan Ali%'",
                        Long.class, somali.id()))
                .isEqualTo(1);

        // someone who opened the draft before it was reviewed saves over it: refused, not overwritten
        assertThatThrownBy(() -> notices.saveText(new NoticeTextData(
                        somali.id(), somali.version(), version.id(), "som", "Other words", "X", null, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(notices.version(version.id()).text("som").orElseThrow().reviewedBy())
                .isEqualTo("Hodan Ali");
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_language_is_added_once_and_only_from_the_language_list() {
        var version = startFutureVersion();
        var amharic = new NoticeTextData(null, 0, version.id(), "amh", "መረጃ", "County interpreters", null, null);
        var added = notices.saveText(amharic);
        assertThat(added.reviewed()).isFalse();
        assertThat(notices.version(version.id()).text("amh")).isPresent();
        assertThatThrownBy(() -> notices.saveText(amharic))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("notice.text.language-taken"));
        assertThatThrownBy(() ->
                        notices.saveText(new NoticeTextData(null, 0, version.id(), "qaa", "?", "Someone", null, null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("languageCode"));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_reads_the_notice_in_force_but_does_not_manage_versions_or_texts() {
        var notice = notices.inForce();
        var english = notice.text("eng").orElseThrow();
        assertThatThrownBy(() -> notices.versions()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notices.saveText(new NoticeTextData(
                        english.id(), english.version(), notice.id(), "eng", "Other words", "Me", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        notices.startVersion(new NoticeVersionData("mine", LocalDate.of(2099, 1, 1), notice.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(notices.inForce().text("eng").orElseThrow().text()).isEqualTo(english.text());
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_version_given_before_the_one_in_force_keeps_its_texts_as_given() {
        String code = "old-" + UUID.randomUUID().toString().substring(0, 6);
        long old = jdbc.queryForObject(
                "INSERT INTO notice_version (code, in_force_from) VALUES (?, DATE '2025-06-01') RETURNING id",
                Long.class,
                code);
        long text = jdbc.queryForObject(
                "INSERT INTO notice_text (notice_version_id, language_code, text, translated_by)"
                        + " VALUES (?, 'eng', 'The old words.', 'Program') RETURNING id",
                Long.class,
                old);
        assertThat(notices.versions())
                .filteredOn(v -> v.code().equals(code))
                .singleElement()
                .satisfies(v -> assertThat(v.superseded()).isTrue());
        assertThatThrownBy(() ->
                        notices.saveText(new NoticeTextData(text, 0, old, "eng", "New words.", "Program", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("notice.version.superseded"));
        assertThat(notices.version(old).text("eng").orElseThrow().text()).isEqualTo("The old words.");
    }
}
