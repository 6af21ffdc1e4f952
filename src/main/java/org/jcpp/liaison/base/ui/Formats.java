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

    /** The first characters of a long text, for a list. */
    public static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
