package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A date field that always says what is wrong: text that is not a date, a date past the field's latest ("The date
 * cannot be in the future" when that is today) or before its earliest, a missing date. Vaadin's own leaves the field
 * red with no text.
 */
public class DateField extends DatePicker {

    private @Nullable String maxMessage;

    public DateField() {
        messages();
    }

    /** The latest date, and the form's own words for a date after it ("A briefing cannot be in the future"). */
    public void setMax(LocalDate max, String message) {
        maxMessage = message;
        setMax(max);
    }

    @Override
    public void setMin(@Nullable LocalDate min) {
        super.setMin(min);
        messages();
    }

    @Override
    public void setMax(@Nullable LocalDate max) {
        super.setMax(max);
        messages();
    }

    private void messages() {
        var i18n = getI18n() == null ? calendarTexts(this) : getI18n();
        i18n.setBadInputErrorMessage(getTranslation("field.date"))
                .setRequiredErrorMessage(getTranslation("validation.required"));
        LocalDate max = getMax();
        if (max != null) {
            i18n.setMaxErrorMessage(
                    maxMessage != null
                            ? maxMessage
                            : max.equals(LocalDate.now())
                                    ? getTranslation("field.date.future")
                                    : getTranslation("field.date.max", Formats.date(max)));
        }
        LocalDate min = getMin();
        if (min != null) {
            i18n.setMinErrorMessage(getTranslation("field.date.min", Formats.date(min)));
        }
        setI18n(i18n);
    }

    /**
     * The calendar's words in the user's language (Vaadin's own are English only): month and weekday names from
     * Java's locale data, "Today" and "Cancel" from the translations, the week starting as the locale starts it.
     */
    static DatePickerI18n calendarTexts(com.vaadin.flow.component.Component field) {
        java.util.Locale locale = Formats.locale();
        var symbols = java.text.DateFormatSymbols.getInstance(locale);
        return new DatePickerI18n()
                .setMonthNames(java.util.List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(java.util.List.of(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(java.util.List.of(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(java.time.temporal.WeekFields.of(locale)
                                .getFirstDayOfWeek()
                                .getValue()
                        % 7)
                .setToday(field.getTranslation("field.date.today"))
                .setCancel(field.getTranslation("field.date.cancel"));
    }

    /**
     * For a form without a Binder: true when the input is acceptable; otherwise the field shows why (input the
     * browser could not hand over reads as empty, so an empty value alone does not tell).
     */
    public boolean checkInput() {
        return FieldInput.check(this);
    }
}
