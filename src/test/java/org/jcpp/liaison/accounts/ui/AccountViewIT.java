package org.jcpp.liaison.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.login.LoginForm;
import java.util.UUID;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

class AccountViewIT extends ViewTest {

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_adds_a_liaison_for_two_cities() {
        String username = "new-" + UUID.randomUUID().toString().substring(0, 6);
        var view = navigate(AccountsView.class);
        test(find(Button.class).withText("Add account").single()).click();
        var dialog = (AccountDialog) find(Dialog.class).single();
        test(dialog.form.username).setValue(username);
        test(dialog.form.displayName).setValue("Fatuma Abdi");
        test(dialog.form.role).selectItem("Liaison");
        test(dialog.form.cities).selectItem("Crystal", "New Hope");
        test(dialog.form.password).setValue("correct horse battery");
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        var stored = accounts.list(username, Pageable.ofSize(5)).getContent();
        assertThat(stored).singleElement().satisfies(account -> {
            assertThat(account.role()).isEqualTo(Role.LIAISON);
            assertThat(account.cityIds()).hasSize(2);
        });
        test(view.search).setValue(username);
        assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Fatuma Abdi");
        assertThat(test(view.grid).getCellText(0, 3)).isEqualTo("Crystal, New Hope");
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_liaison_without_a_city_and_a_short_password_are_marked_and_nothing_typed_is_lost() {
        String username = "nocity-" + UUID.randomUUID().toString().substring(0, 6);
        navigate(AccountsView.class);
        test(find(Button.class).withText("Add account").single()).click();
        var dialog = (AccountDialog) find(Dialog.class).single();
        test(dialog.form.username).setValue(username);
        test(dialog.form.displayName).setValue("Someone");
        test(dialog.form.role).selectItem("Liaison");
        test(dialog.form.password).setValue("correct horse battery");
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.cities)).isEqualTo("Choose at least one member city");

        test(dialog.form.cities).selectItem("Hopkins");
        test(dialog.form.password).setValue("short");
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.password)).isEqualTo("The password needs at least 12 characters");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.username.getValue()).isEqualTo(username);
        assertThat(dialog.form.displayName.getValue()).isEqualTo("Someone");
        assertThat(repository.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    @WithUserDetails("demo-admin")
    void saving_an_account_someone_else_just_changed_is_refused_and_keeps_the_input() {
        String username = "twice-" + UUID.randomUUID().toString().substring(0, 6);
        var created = accounts.create(
                new org.jcpp.liaison.accounts.AccountData(
                        null, 0, username, "First Name", Role.COORDINATOR, true, java.util.Set.of()),
                "a long enough password");
        var view = navigate(AccountsView.class);
        test(view.search).setValue(username);
        test(view.grid).doubleClickRow(0);
        var dialog = (AccountDialog) find(Dialog.class).single();
        accounts.update(new org.jcpp.liaison.accounts.AccountData(
                created.id(),
                created.version(),
                username,
                "Other Admin's Name",
                Role.COORDINATOR,
                true,
                java.util.Set.of()));
        test(dialog.form.displayName).setValue("My Name");
        test(dialog.save).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.displayName.getValue()).isEqualTo("My Name");
        assertThat(notices()).anyMatch(text -> text.startsWith("Someone else changed this record"));
        assertThat(accounts.list(username, Pageable.ofSize(1))
                        .getContent()
                        .getFirst()
                        .displayName())
                .isEqualTo("Other Admin's Name");
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_username_with_spaces_is_marked_at_the_field() {
        navigate(AccountsView.class);
        test(find(Button.class).withText("Add account").single()).click();
        var dialog = (AccountDialog) find(Dialog.class).single();
        test(dialog.form.username).setValue("two words");
        test(dialog.save).click();
        assertThat(errorOf(dialog.form.username)).isEqualTo("Use letters, digits and . _ @ - only, no spaces");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_wrong_current_password_is_marked_at_its_field() {
        var view = navigate(ChangePasswordView.class);
        test(view.current).setValue("not my password");
        test(view.next).setValue("a new long password");
        test(view.repeat).setValue("a new long password");
        test(view.save).click();
        assertThat(errorOf(view.current)).isEqualTo("This is not your current password");
        assertThat(view.next.getValue()).isEqualTo("a new long password");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void two_different_new_passwords_are_marked() {
        var view = navigate(ChangePasswordView.class);
        test(view.current).setValue("jcpp-demo-pass");
        test(view.next).setValue("a new long password");
        test(view.repeat).setValue("a new long passwort");
        test(view.save).click();
        assertThat(errorOf(view.repeat)).isEqualTo("The two new passwords are not the same");
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    @WithUserDetails("demo-admin")
    void an_account_whose_password_an_admin_chose_must_change_it_before_opening_anything_else() {
        String username = "firstin-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.create(
                new org.jcpp.liaison.accounts.AccountData(
                        null, 0, username, "First Sign-In", Role.COORDINATOR, true, java.util.Set.of()),
                "an admin chose this one");
        signInAs(username);

        assertThat(navigate("contacts", com.vaadin.flow.component.Component.class))
                .isInstanceOf(ChangePasswordView.class);
        var view = (ChangePasswordView) navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .withText("An administrator chose your password. Choose your own now: the other pages open"
                                + " once you have.")
                        .all())
                .hasSize(1);
        test(view.current).setValue("an admin chose this one");
        test(view.next).setValue("my very own long password");
        test(view.repeat).setValue("my very own long password");
        test(view.save).click();

        assertThat(getCurrentView()).isNotInstanceOf(ChangePasswordView.class);
        assertThat(navigate("contacts", com.vaadin.flow.component.Component.class))
                .isNotInstanceOf(ChangePasswordView.class);
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_account_whose_password_an_admin_reset_must_change_it_at_its_next_sign_in() {
        String username = "reset-" + UUID.randomUUID().toString().substring(0, 6);
        var created = accounts.create(
                new org.jcpp.liaison.accounts.AccountData(
                        null, 0, username, "Reset Me", Role.COORDINATOR, true, java.util.Set.of()),
                "an admin chose this one");
        repository.findById(created.id()).ifPresent(a -> {
            a.setMustChangePassword(false);
            repository.saveAndFlush(a);
        });
        accounts.resetPassword(created.id(), "an admin reset this one");
        signInAs(username);

        assertThat(navigate("contacts", com.vaadin.flow.component.Component.class))
                .isInstanceOf(ChangePasswordView.class);
    }

    private void signInAs(String username) {
        var user = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
    }

    @Test
    @WithAnonymousUser
    void the_login_page_has_one_message_for_any_failed_sign_in_that_names_neither_part() {
        var view = navigate(LoginView.class);
        assertThat(find(LoginForm.class).single().isError()).isFalse();
        assertThat(view.i18n.getForm().getUsername()).isEqualTo("Username");
        assertThat(view.i18n.getErrorMessage().getMessage())
                .isEqualTo("The username or password is not right. Check both and try again.");
    }
}
