package org.jcpp.liaison.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jcpp.liaison.contacts.NeedStatus.CLOSED_WITHOUT_ACTION;
import static org.jcpp.liaison.contacts.NeedStatus.IN_PROGRESS;
import static org.jcpp.liaison.contacts.NeedStatus.OPEN;
import static org.jcpp.liaison.contacts.NeedStatus.REFERRED;
import static org.jcpp.liaison.contacts.NeedStatus.RESOLVED;

import org.junit.jupiter.api.Test;

class NeedStatusTest {

    @Test
    void an_open_need_may_be_worked_on_referred_resolved_or_closed() {
        assertThat(OPEN.next()).containsExactlyInAnyOrder(IN_PROGRESS, REFERRED, RESOLVED, CLOSED_WITHOUT_ACTION);
    }

    @Test
    void a_referral_goes_back_only_to_in_progress_never_straight_to_open() {
        assertThat(REFERRED.mayMoveTo(IN_PROGRESS)).isTrue();
        assertThat(REFERRED.mayMoveTo(OPEN)).isFalse();
        assertThat(REFERRED.mayMoveTo(RESOLVED)).isTrue();
    }

    @Test
    void a_closed_need_is_reopened_before_it_can_be_referred_or_closed_another_way() {
        for (NeedStatus closed : new NeedStatus[] {RESOLVED, CLOSED_WITHOUT_ACTION}) {
            assertThat(closed.next()).containsExactlyInAnyOrder(OPEN, IN_PROGRESS);
        }
        assertThat(RESOLVED.mayMoveTo(CLOSED_WITHOUT_ACTION)).isFalse();
        assertThat(CLOSED_WITHOUT_ACTION.mayMoveTo(REFERRED)).isFalse();
    }

    @Test
    void staying_where_it_is_is_always_allowed_and_never_listed_as_a_step() {
        for (NeedStatus status : NeedStatus.values()) {
            assertThat(status.mayMoveTo(status)).isTrue();
            assertThat(status.next()).doesNotContain(status);
        }
    }

    @Test
    void the_open_statuses_are_those_not_closed_and_read_the_same_in_sql() {
        assertThat(NeedStatus.OPEN_STATUSES).containsExactly(OPEN, IN_PROGRESS, REFERRED);
        for (NeedStatus status : NeedStatus.values()) {
            assertThat(status.isClosed()).isEqualTo(!NeedStatus.OPEN_STATUSES.contains(status));
        }
        assertThat(NeedStatus.OPEN_SQL).isEqualTo("'OPEN', 'IN_PROGRESS', 'REFERRED'");
    }
}
