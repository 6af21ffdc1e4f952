package org.jcpp.liaison.imports.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jcpp.liaison.imports.DayOrder;
import org.junit.jupiter.api.Test;

class DateReadingTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private final DateReading monthFirst = new DateReading(DayOrder.MONTH_FIRST, CHICAGO);
    private final DateReading dayFirst = new DateReading(DayOrder.DAY_FIRST, CHICAGO);

    @Test
    void slashed_dates_follow_the_chosen_day_order() {
        assertThat(monthFirst.read("3/4/2019", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(dayFirst.read("3/4/2019", null)).contains(LocalDateTime.of(2019, 4, 3, 12, 0));
        assertThat(monthFirst.read("03-04-19", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(dayFirst.read("13.04.2019", null)).contains(LocalDateTime.of(2019, 4, 13, 12, 0));
    }

    @Test
    void a_day_that_does_not_exist_in_the_chosen_order_is_not_read() {
        assertThat(monthFirst.read("13/4/2019", null)).isEmpty();
        assertThat(monthFirst.read("2/30/2019", null)).isEmpty();
    }

    @Test
    void iso_dates_and_times_are_read_and_an_offset_becomes_the_programs_time() {
        assertThat(monthFirst.read("2019-03-04", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("2019-03-04 09:30", null)).contains(LocalDateTime.of(2019, 3, 4, 9, 30));
        assertThat(monthFirst.read("2019-03-04T15:00:00Z", null)).contains(LocalDateTime.of(2019, 3, 4, 9, 0));
    }

    @Test
    void excel_serial_numbers_are_days_since_1899_12_30_with_the_fraction_as_time() {
        assertThat(monthFirst.read("43528", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("43528.75", null)).contains(LocalDateTime.of(2019, 3, 4, 18, 0));
    }

    @Test
    void month_names_in_english_and_spanish_are_read() {
        assertThat(monthFirst.read("March 4, 2019", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(dayFirst.read("4 Mar 2019", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("4 de marzo de 2019", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("Monday, March 4th, 2019 2:30 PM", null))
                .contains(LocalDateTime.of(2019, 3, 4, 14, 30));
    }

    @Test
    void a_time_column_sets_the_time_and_an_unreadable_one_makes_the_row_unreadable() {
        assertThat(monthFirst.read("3/4/2019", "2:30 PM")).contains(LocalDateTime.of(2019, 3, 4, 14, 30));
        assertThat(monthFirst.read("3/4/2019", "0.5")).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("3/4/2019", "")).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("3/4/2019", "lunch")).isEmpty();
        assertThat(DateReading.time("12:15 am")).contains(LocalTime.of(0, 15));
    }

    @Test
    void excels_short_forms_slashed_iso_dates_and_one_digit_hours_are_read() {
        assertThat(monthFirst.read("4-Mar-19", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("Mar 4, 19", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("Mar 4, 19 2:30 PM", null)).contains(LocalDateTime.of(2019, 3, 4, 14, 30));
        assertThat(dayFirst.read("2019/03/04", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("2019.03.04", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
        assertThat(monthFirst.read("2019-03-04 9:30:15", null)).contains(LocalDateTime.of(2019, 3, 4, 9, 30, 15));
    }

    @Test
    void a_workbook_of_the_1904_date_system_counts_its_serial_numbers_from_1904() {
        var mac = new DateReading(DayOrder.MONTH_FIRST, CHICAGO, true);
        assertThat(mac.read("42066", null)).contains(LocalDateTime.of(2019, 3, 4, 12, 0));
    }

    @Test
    void text_that_is_no_date_is_not_read() {
        assertThat(monthFirst.read("last Tuesday", null)).isEmpty();
        assertThat(monthFirst.read("", null)).isEmpty();
        assertThat(monthFirst.read("March 2019", null)).isEmpty();
    }
}
