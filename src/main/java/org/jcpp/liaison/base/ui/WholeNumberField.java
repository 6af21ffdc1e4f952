package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import org.jspecify.annotations.Nullable;

/**
 * A field for a whole number that always says what is wrong. Input the browser cannot hand over as a whole number
 * (letters, a number too large for one), a number out of the field's range or a missing one gets a message at the
 * field; Vaadin's own leaves the field red with no text. The range, when set, is named in the message.
 */
public class WholeNumberField extends IntegerField {

    private boolean minSet;
    private boolean maxSet;
    private @Nullable String rangeMessage;

    public WholeNumberField() {
        messages();
    }

    /** The range the browser's step buttons keep to, and that the message names ("from 1 to 999"). */
    public void setRange(int min, int max) {
        setMin(min);
        setMax(max);
    }

    /**
     * The form's own words for a number it cannot take ("Between 1 and 999 officers, please"), shown also for one too
     * large for the browser to hand over; the form's validator keeps checking the range itself.
     */
    public void setRangeMessage(String message) {
        rangeMessage = message;
        messages();
    }

    @Override
    public void setMin(int min) {
        super.setMin(min);
        minSet = true;
        messages();
    }

    @Override
    public void setMax(int max) {
        super.setMax(max);
        maxSet = true;
        messages();
    }

    private void messages() {
        String text;
        if (rangeMessage != null) {
            text = rangeMessage;
        } else if (minSet && maxSet) {
            text = getTranslation("field.whole-number.range", getMin(), getMax());
        } else if (minSet) {
            text = getTranslation("field.whole-number.min", getMin());
        } else if (maxSet) {
            text = getTranslation("field.whole-number.max", getMax());
        } else {
            text = getTranslation("field.whole-number");
        }
        setI18n(new IntegerFieldI18n()
                .setBadInputErrorMessage(text)
                .setMinErrorMessage(text)
                .setMaxErrorMessage(text)
                .setStepErrorMessage(text)
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
