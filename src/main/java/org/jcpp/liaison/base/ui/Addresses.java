package org.jcpp.liaison.base.ui;

import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Optional;

/** Filters and choices carried in a page's address ({@code rollcall?topic=12}), so a link can open a filtered list. */
public final class Addresses {

    private Addresses() {}

    /** A whole-number parameter of the address; empty when absent or not a number (an address typed by hand). */
    public static Optional<Long> longParameter(Location location, String name) {
        return parsed(location, name, Long::parseLong);
    }

    /** A date parameter of the address ({@code 2026-11-24}); empty when absent or malformed. */
    public static Optional<java.time.LocalDate> dateParameter(Location location, String name) {
        return parsed(location, name, java.time.LocalDate::parse);
    }

    /** A date and time parameter of the address ({@code 2026-11-24T09:00}); empty when absent or malformed. */
    public static Optional<java.time.LocalDateTime> dateTimeParameter(Location location, String name) {
        return parsed(location, name, java.time.LocalDateTime::parse);
    }

    /**
     * Sets a list's city and period filters from the address ({@code ?city=3&from=2026-01-01&to=2026-12-31}), as a
     * dashboard figure links to the list behind it. A city the list does not offer is ignored.
     */
    public static void applyCityAndPeriod(
            Location location,
            com.vaadin.flow.component.combobox.ComboBox<Long> city,
            com.vaadin.flow.component.datepicker.DatePicker from,
            com.vaadin.flow.component.datepicker.DatePicker to) {
        longParameter(location, "city").filter(city.getListDataView()::contains).ifPresent(city::setValue);
        var start = dateParameter(location, "from");
        var end = dateParameter(location, "to");
        if (start.isPresent() || end.isPresent()) {
            // a period in the address replaces the list's default one; a malformed date is ignored, not read as "any"
            from.setValue(start.orElse(null));
            to.setValue(end.orElse(null));
        }
    }

    private static <T> Optional<T> parsed(
            Location location, String name, java.util.function.Function<String, T> parse) {
        List<String> values = location.getQueryParameters().getParameters().getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(values.getFirst()));
        } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
