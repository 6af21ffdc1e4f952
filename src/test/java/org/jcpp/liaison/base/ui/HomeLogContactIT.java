package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Logging a contact is one tap from Home for those who log them, and not offered to those who cannot. */
class HomeLogContactIT extends ViewTest {

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_logs_a_contact_from_home() {
        var home = navigate(HomeView.class);
        assertThat(home.logContact.isVisible()).isTrue();
        assertThat(home.logContact.getText()).isEqualTo("Log a contact");
        test(home.logContact).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("contacts/log");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_logs_a_contact_from_home_too() {
        var home = navigate(HomeView.class);
        assertThat(home.logContact.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_who_cannot_log_contacts_is_not_offered_it() {
        var home = navigate(HomeView.class);
        assertThat(home.logContact.isVisible()).isFalse();
    }
}
