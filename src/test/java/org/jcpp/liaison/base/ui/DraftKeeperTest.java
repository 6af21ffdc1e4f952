package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Location;
import org.junit.jupiter.api.Test;

class DraftKeeperTest {

    @Test
    void a_form_reopened_after_signing_in_finds_its_draft_whatever_the_order_of_its_parameters() {
        assertThat(DraftKeeper.formKey(new Location("contacts/log?continue")))
                .isEqualTo(DraftKeeper.formKey(new Location("contacts/log")))
                .isEqualTo("contacts/log");
        assertThat(DraftKeeper.formKey(new Location("contacts/log?event=5&city=2&continue")))
                .isEqualTo(DraftKeeper.formKey(new Location("contacts/log?city=2&event=5")));
    }

    @Test
    void an_address_longer_than_any_form_keeps_no_draft_instead_of_failing_on_every_request() {
        var view = new com.vaadin.flow.component.html.Div();
        String key = "contacts/log?x=" + "a".repeat(DraftKeeper.MAX_KEY_LENGTH);
        DraftKeeper.start(view, key, 1L, null, java.time.Clock.systemUTC()); // no session, no store: never reached
        assertThat(com.vaadin.flow.component.ComponentUtil.getData(view, DraftKeeper.class))
                .isNull();
    }
}
