package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Dates, enum values and lists of names as a page shows them, in the language of the page. */
public final class Formats {

    private Formats() {}

    public static String date(@Nullable LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale())
                        .format(date);
    }

    public static String dateTime(LocalDateTime when) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale())
                .format(when);
    }

    /** An enum value's label: the translation key is {@code EnumSimpleName.CONSTANT}. */
    public static String enumLabel(Component view, Enum<?> value) {
        return view.getTranslation(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** The names of the given ids, sorted and joined with commas; unknown ids are left out. */
    public static String names(Map<Long, String> names, @Nullable Collection<Long> ids) {
        if (ids == null) {
            return "";
        }
        return ids.stream().map(names::get).filter(Objects::nonNull).sorted().collect(Collectors.joining(", "));
    }

    /** A decimal number (hours, a rating) in the page's language: 2.5 in English, 2,5 in Spanish. */
    public static String number(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        var format = java.text.NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** A whole number with the page's grouping: 1,204 in English, 1.204 in Spanish. */
    public static String count(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** An amount of money in US dollars, in the page's language ($1,204.75; 1.204,75 US$). */
    public static String money(@Nullable BigDecimal value) {
        if (value == null) {
            return "";
        }
        var format = java.text.NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(java.util.Currency.getInstance("USD"));
        return format.format(value);
    }

    /** A month and year in the page's language: "March 2026", "marzo de 2026". */
    public static String month(java.time.YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", locale())
                .format(month);
    }

    /** A month for a chart's axis or a span: "Mar 2026", "mar 2026". */
    public static String shortMonth(java.time.YearMonth month) {
        return java.time.format.DateTimeFormatter.ofPattern("LLL yyyy", locale())
                .format(month);
    }

    /** The first characters of a long text, for a list. */
    public static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
