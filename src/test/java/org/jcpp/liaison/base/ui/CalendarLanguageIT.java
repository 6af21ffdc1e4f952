package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** The date pickers' calendars speak the user's language. */
class CalendarLanguageIT extends ViewTest {

    @Test
    @WithUserDetails("demo-liaison")
    void in_spanish_the_calendar_says_hoy_and_cancelar_with_spanish_months_and_weekdays() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        var date = new DateField();
        assertThat(date.getI18n().getToday()).isEqualTo("Hoy");
        assertThat(date.getI18n().getCancel()).isEqualTo("Cancelar");
        assertThat(date.getI18n().getMonthNames()).startsWith("enero", "febrero");
        assertThat(date.getI18n().getWeekdaysShort().get(1)).startsWith("lun");

        var dateTime = new DateTimeField();
        assertThat(dateTime.getDatePickerI18n().getToday()).isEqualTo("Hoy");
        assertThat(dateTime.getDatePickerI18n().getMonthNames()).contains("diciembre");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void in_english_the_calendar_keeps_its_english_words() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("en-US"));
        var date = new DateField();
        assertThat(date.getI18n().getToday()).isEqualTo("Today");
        assertThat(date.getI18n().getMonthNames()).startsWith("January");
        assertThat(date.getI18n().getFirstDayOfWeek()).isZero();
    }
}
