package org.jcpp.liaison.contacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedChange;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.NeedUpdate;
import org.jcpp.liaison.contacts.ReferralConsent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class NeedFollowUpTest {

    private static final long LIAISON = 3;
    private static final long PARTNER = 11;
    private final Clock now = Clock.fixed(Instant.parse("2026-05-14T15:00:00Z"), ZoneId.of("America/Chicago"));

    private Need need() {
        var contact = new Contact();
        contact.setCityId(1L);
        contact.setOccurredAt(LocalDateTime.of(2026, 5, 10, 14, 30));
        var need = new Need();
        need.setCategory(NeedCategory.HOUSING);
        need.setDescription("Heating not repaired");
        need.setOwnerId(LIAISON);
        contact.addNeed(need);
        return need;
    }

    private static NeedUpdate step(
            NeedStatus status,
            @Nullable LocalDate due,
            @Nullable Long partner,
            @Nullable ReferralConsent consent,
            String outcome) {
        return new NeedUpdate(
                1,
                0,
                status,
                LIAISON,
                due,
                partner,
                consent,
                outcome,
                org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                null);
    }

    private static String refusedField(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException refused) {
            return refused.field();
        }
        throw new AssertionError("the step was accepted");
    }

    @Test
    void referring_a_need_without_a_partner_is_refused_at_the_partner_field() {
        var need = need();
        assertThat(refusedField(() -> need.follow(step(NeedStatus.REFERRED, null, null, null, ""), LIAISON, now)))
                .isEqualTo("referralPartnerId");
        assertThat(need.getStatus()).isEqualTo(NeedStatus.OPEN);
        assertThat(need.getHistory()).isEmpty();
    }

    @Test
    void a_referred_need_keeps_its_partner_unless_it_moves_on() {
        var need = need();
        need.follow(step(NeedStatus.REFERRED, null, PARTNER, ReferralConsent.ANONYMOUS, ""), LIAISON, now);
        assertThat(refusedField(() -> need.follow(step(NeedStatus.REFERRED, null, null, null, ""), LIAISON, now)))
                .isEqualTo("referralPartnerId");
        need.follow(step(NeedStatus.IN_PROGRESS, null, null, null, ""), LIAISON, now);
        assertThat(need.getReferralPartnerId()).isNull();
    }

    @Test
    void a_need_referred_without_a_partner_before_the_rule_can_still_be_followed_up() {
        var need = need();
        need.setStatus(NeedStatus.REFERRED); // as stored by an earlier version, which did not ask for the partner
        need.follow(step(NeedStatus.REFERRED, LocalDate.of(2026, 6, 1), null, null, ""), LIAISON, now);
        assertThat(need.getDueOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(need.getStatus()).isEqualTo(NeedStatus.REFERRED);
    }

    @Test
    void a_partner_without_the_persons_consent_or_anonymity_is_refused() {
        assertThat(refusedField(() -> need().follow(step(NeedStatus.REFERRED, null, PARTNER, null, ""), LIAISON, now)))
                .isEqualTo("referralConsent");
    }

    @Test
    void resolving_without_saying_what_was_done_is_refused_at_the_outcome() {
        assertThat(refusedField(() -> need().follow(step(NeedStatus.RESOLVED, null, null, null, "  "), LIAISON, now)))
                .isEqualTo("outcome");
    }

    @Test
    void a_closed_need_cannot_be_referred_before_it_is_reopened() {
        var need = need();
        need.follow(step(NeedStatus.CLOSED_WITHOUT_ACTION, null, null, null, ""), LIAISON, now);
        assertThat(refusedField(() -> need.follow(
                        step(NeedStatus.REFERRED, null, PARTNER, ReferralConsent.ANONYMOUS, ""), LIAISON, now)))
                .isEqualTo("status");
        need.follow(step(NeedStatus.IN_PROGRESS, null, null, null, ""), LIAISON, now);
        need.follow(step(NeedStatus.REFERRED, null, PARTNER, ReferralConsent.ANONYMOUS, ""), LIAISON, now);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.REFERRED);
        assertThat(need.getClosedAt()).isNull();
    }

    @Test
    void a_follow_up_date_before_the_contact_is_refused_at_the_date() {
        assertThat(refusedField(() ->
                        need().follow(step(NeedStatus.OPEN, LocalDate.of(2026, 5, 9), null, null, ""), LIAISON, now)))
                .isEqualTo("dueOn");
    }

    @Test
    void resolving_closes_the_need_now_and_writes_each_change_to_the_history() {
        var need = need();
        need.follow(
                step(NeedStatus.RESOLVED, LocalDate.of(2026, 5, 20), null, null, " Repair made within a week "),
                LIAISON,
                now);
        assertThat(need.getStatus()).isEqualTo(NeedStatus.RESOLVED);
        assertThat(need.getClosedAt()).isEqualTo(now.instant());
        assertThat(need.getOutcome()).isEqualTo("Repair made within a week");
        assertThat(need.getHistory().stream().map(NeedEvent::change))
                .containsExactly(
                        new NeedChange.StatusChanged(NeedStatus.OPEN, NeedStatus.RESOLVED),
                        new NeedChange.DueChanged(LocalDate.of(2026, 5, 20)),
                        new NeedChange.OutcomeWritten("Repair made within a week"));
    }

    @Test
    void a_step_that_changes_nothing_writes_nothing_to_the_history() {
        var need = need();
        need.follow(step(NeedStatus.OPEN, null, null, null, ""), LIAISON, now);
        assertThat(need.getHistory()).isEmpty();
    }

    @Test
    void an_interpreter_on_a_follow_up_must_say_how_and_is_kept_in_the_history() {
        var need = need();
        var used = new NeedUpdate(
                1,
                0,
                NeedStatus.IN_PROGRESS,
                LIAISON,
                null,
                null,
                null,
                "",
                org.jcpp.liaison.referencedata.InterpreterUse.USED,
                null);
        assertThat(refusedField(() -> need.follow(used, LIAISON, now))).isEqualTo("interpreterMode");
        need.follow(
                new NeedUpdate(
                        1,
                        0,
                        NeedStatus.IN_PROGRESS,
                        LIAISON,
                        null,
                        null,
                        null,
                        "",
                        org.jcpp.liaison.referencedata.InterpreterUse.USED,
                        org.jcpp.liaison.referencedata.InterpreterMode.VIDEO),
                LIAISON,
                now);
        assertThat(need.getHistory())
                .extracting(e -> e.change())
                .contains(new org.jcpp.liaison.contacts.NeedChange.InterpreterOnFollowUp(
                        org.jcpp.liaison.referencedata.InterpreterUse.USED,
                        org.jcpp.liaison.referencedata.InterpreterMode.VIDEO));
    }
}
