package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountLimits;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Confirmations;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Notices;

/** Every user changes their own password here, giving the current one first. */
@Route("password")
// every working role; not an account waiting for an admin (made at a first sign-on)
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR, Roles.ADMIN})
class ChangePasswordView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final PasswordField current = new PasswordField();
    final PasswordField next = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final Button endSessions = new Button();
    /** An admin chose this user's password: they choose their own before they can open anything else. */
    private final boolean firstSignIn;

    ChangePasswordView(AccountService accounts) {
        addClassName("password-view");
        firstSignIn = accounts.mustChangePassword();
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
        repeat.setLabel(getTranslation("password.repeat"));
        for (var field : new PasswordField[] {current, next, repeat}) {
            field.setRequiredIndicatorVisible(true);
            field.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        save.setText(getTranslation("password.change"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            for (var field : new PasswordField[] {current, next, repeat}) {
                field.setInvalid(false);
            }
            if (current.isEmpty()) {
                markInvalid(current, "validation.required");
                return;
            }
            if (!next.getValue().equals(repeat.getValue())) {
                markInvalid(repeat, "password.mismatch");
                return;
            }
            boolean changed = FormErrors.attempt(
                    this,
                    Map.of("currentPassword", current, "newPassword", next),
                    () -> accounts.changeOwnPassword(current.getValue(), next.getValue()));
            if (changed) {
                current.clear();
                next.clear();
                repeat.clear();
                Notices.success(getTranslation("password.changed"));
                if (firstSignIn) {
                    getUI().ifPresent(ui -> ui.navigate(""));
                }
            }
        });

        var form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        if (firstSignIn) {
            var first = new Paragraph(getTranslation("password.first-sign-in"));
            first.addClassName("password-first");
            first.getStyle().setFontWeight("bold");
            add(first);
        }
        add(new Paragraph(getTranslation("password.intro")), form, save);
        if (!firstSignIn) {
            add(signOutEverywhere(accounts));
        }
    }

    /**
     * Ends every session of this user on every device and app node, this one too (a shared computer, a lost phone):
     * the forms they left unsaved stay as their drafts.
     */
    private Component signOutEverywhere(AccountService accounts) {
        endSessions.setText(getTranslation("sessions.end-everywhere"));
        endSessions.addThemeVariants(ButtonVariant.LUMO_ERROR);
        endSessions.addClickListener(e -> Confirmations.confirm(
                this,
                "sessions.end-everywhere",
                "sessions.own-confirm",
                "sessions.end-everywhere",
                accounts::signOutEverywhere,
                "sessions.own-done",
                // then a page load: its request finds this session's stamp stale, ends the session and shows the
                // sign-in page saying "You are signed out" (signing out inside this request raced the page's push
                // connection, which then showed "You were signed out" over a blank page, one run in two)
                () -> getUI().ifPresent(ui -> ui.getPage().setLocation("login?signed-out"))));
        var section = new Div(
                new H2(getTranslation("sessions.end-everywhere")),
                new Paragraph(getTranslation("sessions.own-intro")),
                endSessions);
        section.addClassName("end-sessions");
        return section;
    }

    private void markInvalid(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    /** Opened from My account, "Sign out everywhere": the question is asked at once. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!firstSignIn
                && event.getLocation()
                        .getQueryParameters()
                        .getSingleParameter("sign-out")
                        .filter("everywhere"::equals)
                        .isPresent()) {
            endSessions.click();
            // asked once: a reload or Back does not ask again
            event.getUI().getPage().getHistory().replaceState(null, "password");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.password");
    }
}
