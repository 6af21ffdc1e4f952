package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountLimits;
import org.jcpp.liaison.accounts.AccountRow;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.base.ui.Confirmations;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/** Adds or edits an account: name, role, cities; for a new account its first password; for an existing one a reset. */
class AccountDialog extends Dialog {

    final AccountDataForm form;
    final Button save = new SaveButton("", this::save);

    private final AccountService accounts;
    private final @Nullable AccountRow account;
    private final Runnable onSaved;

    AccountDialog(
            AccountService accounts,
            ReferenceDataService referenceData,
            @Nullable AccountRow account,
            Runnable onSaved) {
        this.accounts = accounts;
        this.account = account;
        this.onSaved = onSaved;
        setHeaderTitle(
                account == null
                        ? getTranslation("account.add")
                        : getTranslation("account.edit", account.displayName()));
        setCloseOnOutsideClick(false);
        addClassName("account-dialog");

        form = new AccountDataForm(referenceData.active(ReferenceKind.CITY));
        add(form);
        if (account != null) {
            form.read(account);
            if (account.localPassword()) { // an account made at a sign-on has none, and gets none
                add(resetPasswordSection(account));
            }
            if (account.enabled()) {
                add(endSessionsSection(account));
            }
        }

        save.setText(getTranslation("action.save"));
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (account != null) {
            var toggle = new Button(getTranslation(account.enabled() ? "account.disable" : "account.enable"));
            toggle.addThemeVariants(account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggle.addClickListener(e -> {
                if (FormErrors.attempt(
                        this,
                        Map.of(),
                        () -> accounts.setEnabled(account.id(), account.version(), !account.enabled()))) {
                    Notices.success(getTranslation(
                            account.enabled() ? "account.disabled-done" : "account.enabled-done",
                            account.displayName()));
                    onSaved.run();
                    close();
                }
            });
            getFooter().addComponentAsFirst(toggle);
        }
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.username.focus();
            }
        });
    }

    private com.vaadin.flow.component.Component resetPasswordSection(AccountRow account) {
        var newPassword = new PasswordField(getTranslation("account.new-password"));
        newPassword.setHelperText(getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
        var reset = new Button(getTranslation("account.reset-password"), e -> {
            if (FormErrors.attempt(
                    this,
                    Map.of("password", newPassword),
                    () -> accounts.resetPassword(account.id(), newPassword.getValue()))) {
                newPassword.clear();
                Notices.success(getTranslation("account.password-reset-done", account.displayName()));
            }
        });
        var row = new HorizontalLayout(newPassword, reset);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var section = new com.vaadin.flow.component.html.Div(new H3(getTranslation("account.reset-password")), row);
        section.addClassName("reset-password");
        return section;
    }

    /** Ends the account's sessions on every device and app node, e.g. after a lost phone; the account stays usable. */
    private com.vaadin.flow.component.Component endSessionsSection(AccountRow account) {
        var end = new Button(
                getTranslation("sessions.end-everywhere"),
                e -> Confirmations.confirm(
                        this,
                        "sessions.end-everywhere",
                        "sessions.admin-confirm",
                        "sessions.end-everywhere",
                        () -> accounts.endSessions(account.id()),
                        "sessions.admin-done",
                        () -> {}));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var section = new com.vaadin.flow.component.html.Div(
                new H3(getTranslation("sessions.end-everywhere")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("sessions.admin-intro")),
                end);
        section.addClassName("end-sessions");
        return section;
    }

    private void save() {
        form.write().ifPresent(data -> {
            boolean saved = FormErrors.attempt(this, form.fields(), () -> {
                if (account == null) {
                    accounts.create(data, form.password.getValue());
                } else {
                    accounts.update(data);
                }
            });
            if (saved) {
                Notices.success(getTranslation("account.saved", data.displayName()));
                onSaved.run();
                close();
            }
        });
    }
}
