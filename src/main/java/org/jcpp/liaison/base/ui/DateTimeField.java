package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.Duration;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A date-and-time field that always says what is wrong: text that is not a date or a time, only one of the two, a
 * moment past the field's latest or before its earliest, a missing one. Vaadin's own leaves the field red with no
 * text.
 */
public class DateTimeField extends DateTimePicker {

    /** Vaadin's time list is empty for a step under 15 minutes: the list keeps at least that step. */
    static final Duration SHORTEST_LIST_STEP = Duration.ofMinutes(15);

    public DateTimeField() {
        messages();
        setStep(SHORTEST_LIST_STEP);
        // The time list opens at the row nearest the time shown, or the time now when none is: Vaadin's opens at its
        // first row, 12:00 AM, when the time is not one of its rows (and some 50 rows away from an afternoon).
        getElement().executeJs("""
                        const field = this;
                        const hook = () => {
                          const picker = field.querySelector('vaadin-time-picker');
                          if (!picker) { return false; }
                          picker.addEventListener('opened-changed', (e) => {
                            if (!e.detail.value) { return; }
                            setTimeout(() => {
                              const step = picker.step || 3600;
                              const seconds = (text) => {
                                const m = /^(\\d{1,2}):(\\d{2})/.exec(text || '');
                                return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 : null;
                              };
                              const now = new Date();
                              const at = seconds(picker.value) ?? now.getHours() * 3600 + now.getMinutes() * 60;
                              const from = seconds(picker.min) ?? 0;
                              const index = Math.max(0, Math.floor((at - from) / step));
                              if (picker._scroller && picker._scroller.scrollIntoView) {
                                picker._scroller.scrollIntoView(index, true);
                              }
                            }, 50);
                          });
                          return true;
                        };
                        if (!hook()) { requestAnimationFrame(hook); }
                        """);
    }

    /** A step under {@link #SHORTEST_LIST_STEP} would leave the time list empty: the list keeps that step. */
    @Override
    public void setStep(Duration step) {
        super.setStep(step.compareTo(SHORTEST_LIST_STEP) < 0 ? SHORTEST_LIST_STEP : step);
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
