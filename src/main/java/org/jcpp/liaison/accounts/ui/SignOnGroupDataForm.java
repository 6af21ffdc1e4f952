package org.jcpp.liaison.accounts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.SignOnGroupData;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.referencedata.NamedRef;

/**
 * What one group of the organisation's sign-on gives, bound to a {@link SignOnGroupData}: the group's name as the
 * provider sends it, a role (or none: the group only adds cities), member cities or all of them.
 */
class SignOnGroupDataForm extends RecordForm<SignOnGroupData, FormLayout> {

    final TextField groupName = new TextField();
    final Select<Role> role = new Select<>();
    final MultiSelectComboBox<NamedRef> cities = new MultiSelectComboBox<>();
    final Checkbox allCities = new Checkbox();

    private final ReadOnlyHasValue<Long> id = new ReadOnlyHasValue<>(v -> {});
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> {});

    SignOnGroupDataForm(List<NamedRef> cityChoices) {
        super(SignOnGroupData.class);
        groupName.setLabel(getTranslation("sign-on.group"));
        groupName.setHelperText(getTranslation("sign-on.group.help"));
        binder.forField(groupName)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long-n", 200), 0, 200))
                .bind("groupName");
        role.setLabel(getTranslation("account.role"));
        role.setItems(Role.LIAISON, Role.COORDINATOR, Role.ADMIN);
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("sign-on.group.no-role"));
        role.setItemLabelGenerator(
                r -> r == null ? getTranslation("sign-on.group.no-role") : getTranslation("role." + r));
        binder.forField(role).bind("role");
        cities.setLabel(getTranslation("account.cities"));
        cities.setItems(cityChoices);
        cities.setItemLabelGenerator(NamedRef::name);
        MultiPicks.wholeNames(cities);
        binder.forField(cities)
                .withConverter(
                        chosen -> chosen.stream().map(NamedRef::id).collect(Collectors.toSet()),
                        ids -> cityChoices.stream()
                                .filter(c -> ids.contains(c.id()))
                                .collect(Collectors.toSet()))
                .bind("cityIds");
        allCities.setLabel(getTranslation("account.all-cities"));
        binder.forField(allCities).bind("allCities");
        binder.forField(id).bind("id");
        binder.forField(version).bind("version");
        var layout = getContent();
        layout.add(groupName, role, cities, allCities);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(groupName, 2);
        // all cities is for coordinators (a group without a role may add it to a coordinator's)
        role.addValueChangeListener(
                e -> allCities.setVisible(e.getValue() != Role.LIAISON && e.getValue() != Role.ADMIN));
        read(new SignOnGroupData(null, 0, "", Role.LIAISON, false, Set.of()));
    }

    void read(SignOnGroupData data) {
        binder.readRecord(data);
        allCities.setVisible(data.role() != Role.LIAISON && data.role() != Role.ADMIN);
    }
}
