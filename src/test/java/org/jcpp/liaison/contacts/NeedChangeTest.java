package org.jcpp.liaison.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeedChangeTest {

    @Test
    void every_kind_of_change_reads_back_as_it_was_stored() {
        var changes = List.<NeedChange>of(
                new NeedChange.Raised("Heating not repaired"),
                new NeedChange.StatusChanged(NeedStatus.OPEN, NeedStatus.REFERRED),
                new NeedChange.OwnerChanged(42),
                new NeedChange.DueChanged(LocalDate.of(2026, 12, 24)),
                new NeedChange.DueChanged(null),
                new NeedChange.ReferralChanged(7L, ReferralConsent.ANONYMOUS),
                new NeedChange.ReferralChanged(null, null),
                new NeedChange.OutcomeWritten("The landlord repaired it"),
                new NeedChange.InterpreterOnFollowUp(
                        org.jcpp.liaison.referencedata.InterpreterUse.USED,
                        org.jcpp.liaison.referencedata.InterpreterMode.FAMILY_OR_FRIEND),
                new NeedChange.InterpreterOnFollowUp(org.jcpp.liaison.referencedata.InterpreterUse.DECLINED, null));
        for (NeedChange change : changes) {
            assertThat(NeedChange.read(change.what(), change.detail())).isEqualTo(change);
        }
    }

    @Test
    void a_status_change_is_stored_in_the_form_older_entries_have() {
        var change = new NeedChange.StatusChanged(NeedStatus.OPEN, NeedStatus.RESOLVED);
        assertThat(change.what()).isEqualTo("STATUS");
        assertThat(change.detail()).isEqualTo("OPEN → RESOLVED");
    }

    @Test
    void an_entry_that_does_not_read_as_its_kind_is_shown_as_it_is_not_lost() {
        assertThat(NeedChange.read("OWNER", "[removed]")).isEqualTo(new NeedChange.Other("OWNER", "[removed]"));
        assertThat(NeedChange.read("STATUS", "moved")).isEqualTo(new NeedChange.Other("STATUS", "moved"));
        assertThat(NeedChange.read("SOMETHING", "x").detail()).isEqualTo("x");
    }

    @Test
    void only_the_description_and_the_outcome_are_words_a_person_wrote() {
        assertThat(new NeedChange.Raised("x").isFreeText()).isTrue();
        assertThat(new NeedChange.OutcomeWritten("x").isFreeText()).isTrue();
        assertThat(new NeedChange.OwnerChanged(1).isFreeText()).isFalse();
        assertThat(new NeedChange.ReferralChanged(1L, ReferralConsent.CONSENTED).isFreeText())
                .isFalse();
    }
}
