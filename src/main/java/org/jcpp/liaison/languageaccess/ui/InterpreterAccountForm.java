package org.jcpp.liaison.languageaccess.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.List;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.languageaccess.InterpreterAccountData;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jspecify.annotations.Nullable;

/** A vendor account and the police department it belongs to; the mapping's id and version are carried. */
class InterpreterAccountForm extends RecordForm<InterpreterAccountData, FormLayout> {

    final TextField vendor = new TextField();
    final TextField account = new TextField();
    final ComboBox<DepartmentRef> department = new ComboBox<>();

    InterpreterAccountForm(List<DepartmentRef> departments, @Nullable InterpreterAccountData stored) {
        super(InterpreterAccountData.class);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        vendor.setLabel(getTranslation("language-line.vendor"));
        vendor.setHelperText(getTranslation("language-line.vendor.help"));
        vendor.setMaxLength(80);
        binder.forField(vendor)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long-n", 80), 0, 80))
                .bind("vendor");
        account.setLabel(getTranslation("language-line.account"));
        account.setHelperText(getTranslation("language-line.account.help"));
        account.setMaxLength(80);
        binder.forField(account)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(getTranslation("validation.too-long-n", 80), 0, 80))
                .bind("account");
        department.setLabel(getTranslation("rollcall.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentRef::name);
        binder.forField(department)
                .asRequired(getTranslation("validation.required"))
                .withConverter(
                        d -> d == null ? null : d.id(),
                        (Long id) -> id == null
                                ? null
                                : departments.stream()
                                        .filter(d -> d.id() == id)
                                        .findFirst()
                                        .orElse(null),
                        getTranslation("validation.required"))
                .bind("departmentId");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("id");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("version");
        getContent().add(vendor, account, department);
        binder.readRecord(stored == null ? new InterpreterAccountData(null, 0, "", "", null) : stored);
        if (stored == null) {
            chooseIfOnlyOne(department);
        }
    }
}
