package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A date-and-time field that always says what is wrong: text that is not a date or a time, only one of the two, a
 * moment past the field's latest or before its earliest, a missing one. Vaadin's own leaves the field red with no
 * text.
 */
public class DateTimeField extends DateTimePicker {

    public DateTimeField() {
        messages();
    }

    @Override
    public void setMin(@Nullable LocalDateTime min) {
        super.setMin(min);
        messages();
    }

    @Override
    public void setMax(@Nullable LocalDateTime max) {
        super.setMax(max);
        messages();
    }

    private void messages() {
        var i18n = getI18n() == null ? new DateTimePickerI18n() : getI18n();
        i18n.setBadInputErrorMessage(getTranslation("field.date-time"))
                .setIncompleteInputErrorMessage(getTranslation("field.date-time.incomplete"))
                .setRequiredErrorMessage(getTranslation("validation.required"));
        if (getMax() != null) {
            i18n.setMaxErrorMessage(getTranslation("field.date-time.max", Formats.dateTime(getMax())));
        }
        if (getMin() != null) {
            i18n.setMinErrorMessage(getTranslation("field.date-time.min", Formats.dateTime(getMin())));
        }
        setI18n(i18n);
        setDatePickerI18n(DateField.calendarTexts(this));
    }

    /**
     * For a form without a Binder: true when the input is acceptable; otherwise the field shows why (input the
     * browser could not hand over reads as empty, so an empty value alone does not tell).
     */
    public boolean checkInput() {
        return FieldInput.check(this);
    }
}
