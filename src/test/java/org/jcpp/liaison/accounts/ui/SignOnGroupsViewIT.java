package org.jcpp.liaison.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.SignOnGroupData;
import org.jcpp.liaison.accounts.SignOnGroupService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The admin's sign-on groups and the account dialog of an account made at a sign-on. */
class SignOnGroupsViewIT extends ViewTest {

    @Autowired
    SignOnGroupService groups;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("demo-admin")
    void a_group_mapped_already_is_refused_next_to_its_name_and_what_was_typed_stays() {
        String name = "jcpp-" + UUID.randomUUID().toString().substring(0, 6);
        groups.save(new SignOnGroupData(null, 0, name, Role.LIAISON, false, Set.of()));
        var view = navigate(SignOnGroupsView.class);
        test(view.add).click();
        var form = find(SignOnGroupDataForm.class).single();
        test(form.groupName).setValue(name.toUpperCase());
        test(form.role).selectItem("Coordinator");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(errorOf(form.groupName)).isEqualTo("This group is mapped already");
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
        assertThat(form.groupName.getValue()).isEqualTo(name.toUpperCase());
        assertThat(form.role.getValue()).isEqualTo(Role.COORDINATOR);
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_account_made_at_a_sign_on_is_offered_no_password_reset() {
        String username = "sso-" + UUID.randomUUID().toString().substring(0, 6);
        jdbc.update(
                "INSERT INTO user_account (username, display_name, password_hash, role) VALUES (?, ?, '', 'PENDING')",
                username,
                "Signed On " + username);
        var view = navigate(AccountsView.class);
        test(view.search).setValue(username);
        test((Button) test(view.grid).getCellComponent(0, 5)).click();
        var dialog = (AccountDialog) find(Dialog.class).single();
        assertThat(dialog.form.role.getValue())
                .as("a waiting account shows no role: one must be chosen")
                .isNull();
        assertThat(find(H3.class).withText("Reset password").all()).isEmpty();
    }
}
