package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountLimits;
import org.jcpp.liaison.accounts.AccountRow;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.cities.NamedRef;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
import org.jspecify.annotations.Nullable;

/** Adds or edits an account: name, role, cities; for a new account its first password; for an existing one a reset. */
class AccountDialog extends Dialog {

    /** Form values, kept as typed even when invalid. */
    static class Form {
        private String username = "";
        private String displayName = "";
        private @Nullable Role role = Role.LIAISON;
        private Set<NamedRef> cities = new HashSet<>();
        private boolean allCities;

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username == null ? "" : username;
        }

        public String getDisplayName() {
            return displayName;
        }

        public void setDisplayName(String displayName) {
            this.displayName = displayName == null ? "" : displayName;
        }

        public @Nullable Role getRole() {
            return role;
        }

        public void setRole(@Nullable Role role) {
            this.role = role;
        }

        public Set<NamedRef> getCities() {
            return cities;
        }

        public void setCities(Set<NamedRef> cities) {
            this.cities = cities == null ? new HashSet<>() : new HashSet<>(cities);
        }

        public boolean isAllCities() {
            return allCities;
        }

        public void setAllCities(boolean allCities) {
            this.allCities = allCities;
        }
    }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final MultiSelectComboBox<NamedRef> cities = new MultiSelectComboBox<>();
    final Checkbox allCities = new Checkbox();
    final PasswordField password = new PasswordField();
    final Button save = new SaveButton("", this::save);

    private final AccountService accounts;
    private final @Nullable AccountRow account;
    private final Runnable onSaved;
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();

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

        username.setLabel(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.help"));
        binder.forField(username)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", AccountLimits.USERNAME_MAX),
                        0,
                        AccountLimits.USERNAME_MAX))
                .withValidator(
                        new RegexpValidator(getTranslation("account.username.invalid"), AccountLimits.USERNAME_PATTERN))
                .bind(Form::getUsername, Form::setUsername);
        displayName.setLabel(getTranslation("account.display-name"));
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", AccountLimits.DISPLAY_NAME_MAX),
                        0,
                        AccountLimits.DISPLAY_NAME_MAX))
                .bind(Form::getDisplayName, Form::setDisplayName);
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        binder.forField(role).asRequired(getTranslation("validation.required")).bind(Form::getRole, Form::setRole);

        List<NamedRef> cityChoices = referenceData.active(ReferenceKind.CITY);
        cities.setLabel(getTranslation("account.cities"));
        cities.setItems(cityChoices);
        cities.setItemLabelGenerator(NamedRef::name);
        MultiPicks.wholeNames(cities);
        binder.forField(cities).bind(Form::getCities, Form::setCities);
        allCities.setLabel(getTranslation("account.all-cities"));
        binder.forField(allCities).bind(Form::isAllCities, Form::setAllCities);

        var layout = new FormLayout(username, displayName, role, cities, allCities);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        if (account == null) {
            password.setLabel(getTranslation("account.first-password"));
            password.setHelperText(getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
            password.setRequiredIndicatorVisible(true);
            layout.add(password);
        }
        add(layout);

        if (account != null) {
            form.setUsername(account.username());
            form.setDisplayName(account.displayName());
            form.setRole(account.role());
            form.setAllCities(account.allCities());
            form.setCities(cityChoices.stream()
                    .filter(c -> account.cityIds().contains(c.id()))
                    .collect(Collectors.toSet()));
            add(resetPasswordSection(account));
        }
        binder.readBean(form);
        role.addValueChangeListener(e -> updateCityFields());
        allCities.addValueChangeListener(e -> updateCityFields());
        updateCityFields();

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
                username.focus();
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

    private void updateCityFields() {
        boolean admin = role.getValue() == Role.ADMIN;
        boolean coordinator = role.getValue() == Role.COORDINATOR;
        allCities.setVisible(coordinator);
        cities.setEnabled(!admin && !(coordinator && allCities.getValue()));
        cities.setRequiredIndicatorVisible(!admin && !(coordinator && allCities.getValue()));
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        var data = new AccountData(
                account == null ? null : account.id(),
                account == null ? 0 : account.version(),
                form.getUsername(),
                form.getDisplayName(),
                form.getRole(),
                form.isAllCities(),
                form.getCities().stream().map(NamedRef::id).collect(Collectors.toSet()));
        boolean saved = FormErrors.attempt(
                this,
                Map.of(
                        "username",
                        username,
                        "displayName",
                        displayName,
                        "role",
                        role,
                        "cities",
                        cities,
                        "password",
                        password),
                () -> {
                    if (account == null) {
                        accounts.create(data, password.getValue());
                    } else {
                        accounts.update(data);
                    }
                });
        if (saved) {
            Notices.success(getTranslation("account.saved", form.getDisplayName()));
            onSaved.run();
            close();
        }
    }
}
