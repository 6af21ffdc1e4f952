package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountLimits;
import org.jcpp.liaison.accounts.AccountRow;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.referencedata.NamedRef;
import org.jspecify.annotations.Nullable;

/**
 * The fields of an account, bound to an {@link AccountData} record by its component names: username, name, role and
 * cities (all cities for a coordinator who reviews every city). A new account also asks for its first password, which
 * is not part of the record. The account's id and version are carried, not shown.
 */
class AccountDataForm extends RecordForm<AccountData, FormLayout> {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final MultiSelectComboBox<NamedRef> cities = new MultiSelectComboBox<>();
    final Checkbox allCities = new Checkbox();
    final PasswordField password = new PasswordField();

    private final ReadOnlyHasValue<Long> id = new ReadOnlyHasValue<>(v -> {});
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> {});
    private final List<NamedRef> cityChoices;

    AccountDataForm(List<NamedRef> cityChoices) {
        super(AccountData.class);
        this.cityChoices = cityChoices;
        bindNames();
        bindRoleAndCities();
        binder.forField(id).bind("id");
        binder.forField(version).bind("version");
        layOut();
        binder.readRecord(new AccountData(null, 0, "", "", Role.LIAISON, false, Set.of()));
        role.addValueChangeListener(e -> updateCityFields());
        allCities.addValueChangeListener(e -> updateCityFields());
        updateCityFields();
    }

    private void bindNames() {
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
                .bind("username");
        displayName.setLabel(getTranslation("account.display-name"));
        binder.forField(displayName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", AccountLimits.DISPLAY_NAME_MAX),
                        0,
                        AccountLimits.DISPLAY_NAME_MAX))
                .bind("displayName");
    }

    private void bindRoleAndCities() {
        role.setLabel(getTranslation("account.role"));
        // a pending account (made at a first sign-on) shows no role: the admin approving it chooses one
        role.setItems(Role.LIAISON, Role.COORDINATOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r));
        binder.forField(role)
                .asRequired(getTranslation("validation.required"))
                .withConverter(com.vaadin.flow.data.converter.Converter.<Role, Role>from(
                        chosen -> com.vaadin.flow.data.binder.Result.ok(chosen),
                        stored -> stored == Role.PENDING ? null : stored))
                .bind("role");
        cities.setLabel(getTranslation("account.cities"));
        cities.setItems(cityChoices);
        cities.setItemLabelGenerator(NamedRef::name);
        MultiPicks.wholeNames(cities);
        binder.forField(cities).withConverter(new CityIds()).bind("cityIds");
        allCities.setLabel(getTranslation("account.all-cities"));
        binder.forField(allCities).bind("allCities");
    }

    private void layOut() {
        var layout = getContent();
        layout.add(username, displayName, role, cities, allCities);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        password.setLabel(getTranslation("account.first-password"));
        password.setHelperText(getTranslation("password.rules", AccountLimits.PASSWORD_MIN));
        password.setRequiredIndicatorVisible(true);
        layout.add(password);
    }

    /** Shows a stored account: its password is not asked for here (an admin resets it apart). */
    void read(AccountRow account) {
        binder.readRecord(new AccountData(
                account.id(),
                account.version(),
                account.username(),
                account.displayName(),
                account.role(),
                account.allCities(),
                account.cityIds()));
        password.setVisible(false);
        updateCityFields();
    }

    /** An admin reviews every city; a coordinator may; a liaison works in the cities chosen. */
    private void updateCityFields() {
        boolean admin = role.getValue() == Role.ADMIN;
        boolean coordinator = role.getValue() == Role.COORDINATOR;
        allCities.setVisible(coordinator);
        cities.setEnabled(!admin && !(coordinator && allCities.getValue()));
        cities.setRequiredIndicatorVisible(!admin && !(coordinator && allCities.getValue()));
    }

    /** The fields by the names the service gives when it refuses a save (the first password as "password"). */
    @Override
    public Map<String, HasValidation> fields() {
        var fields = new LinkedHashMap<String, HasValidation>(super.fields());
        fields.put("password", password);
        return fields;
    }

    /** The cities chosen (by name) as the record's city ids; a stored city no longer active is not offered. */
    private final class CityIds implements Converter<Set<NamedRef>, Set<Long>> {

        @Override
        public Result<Set<Long>> convertToModel(@Nullable Set<NamedRef> value, ValueContext context) {
            return Result.ok(
                    value == null ? Set.of() : value.stream().map(NamedRef::id).collect(Collectors.toSet()));
        }

        @Override
        public Set<NamedRef> convertToPresentation(@Nullable Set<Long> ids, ValueContext context) {
            return ids == null
                    ? Set.of()
                    : cityChoices.stream().filter(c -> ids.contains(c.id())).collect(Collectors.toSet());
        }
    }
}
