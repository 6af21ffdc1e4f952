package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;

/** A field for a number with decimals ("1.5") that says what is wrong when the input is not one. */
public class DecimalField extends BigDecimalField {

    public DecimalField() {
        setI18n(new BigDecimalFieldI18n()
                .setBadInputErrorMessage(getTranslation("field.decimal"))
                .setRequiredErrorMessage(getTranslation("validation.required")));
    }

    /**
     * For a form without a Binder: true when the input is acceptable; otherwise the field shows why (input the
     * browser could not hand over reads as empty, so an empty value alone does not tell).
     */
    public boolean checkInput() {
        return FieldInput.check(this);
    }
}
