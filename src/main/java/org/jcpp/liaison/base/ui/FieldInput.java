package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.HasValidator;

/** The field's own check of what was typed (is it a number, a date, within the field's limits?) for a form without a Binder. */
final class FieldInput {

    private FieldInput() {}

    /** Marks the field with the reason and returns false when its input is not acceptable. */
    static <F extends AbstractField<?, V> & HasValidator<V> & HasValidation, V> boolean check(F field) {
        var result = field.getDefaultValidator().apply(field.getValue(), null);
        if (result.isError()) {
            field.setErrorMessage(result.getErrorMessage());
            field.setInvalid(true);
            return false;
        }
        return true;
    }
}
