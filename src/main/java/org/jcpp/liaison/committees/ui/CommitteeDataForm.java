package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.committees.CommitteeData;
import org.jcpp.liaison.committees.CommitteeLimits;

/** The fields of an advisory committee, bound to a {@link CommitteeData} record: city, name, report language, active. */
class CommitteeDataForm extends RecordForm<CommitteeData, FormLayout> {

    final ComboBox<Long> city = new ComboBox<>();
    final TextField name = new TextField();
    final Select<String> reportLanguage = new Select<>();
    final Checkbox active = new Checkbox();

    CommitteeDataForm(Map<Long, String> cities) {
        super(CommitteeData.class);
        city.setLabel(getTranslation("contacts.city"));
        city.setItems(cities.keySet());
        city.setItemLabelGenerator(id -> cities.getOrDefault(id, ""));
        required(city, "cityId");
        chooseIfOnlyOne(city);
        name.setLabel(getTranslation("committees.name"));
        name.setMaxLength(CommitteeLimits.NAME_MAX);
        name.setPlaceholder(getTranslation("committees.name.placeholder"));
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("committees.name.too-long"), 0, CommitteeLimits.NAME_MAX))
                .bind("name");
        reportLanguage.setLabel(getTranslation("committees.report-language"));
        reportLanguage.setHelperText(getTranslation("committees.report-language.help"));
        reportLanguage.setItems(List.of("en", "es"));
        reportLanguage.setItemLabelGenerator(code -> getTranslation("person.notice." + code));
        reportLanguage.setValue("en");
        required(reportLanguage, "reportLanguage");
        active.setLabel(getTranslation("committees.active"));
        active.setValue(true);
        binder.forField(active).bind("active");
        getContent().add(city, name, reportLanguage, active);
        getContent()
                .setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2));
    }

    /** Shows a stored committee; its city cannot change (its members, meetings and figures belong to it). */
    void read(CommitteeData committee) {
        if (!city.getListDataView().contains(committee.cityId())) {
            city.setItems(List.of(committee.cityId()));
        }
        binder.readRecord(committee);
        city.setReadOnly(true);
    }
}
