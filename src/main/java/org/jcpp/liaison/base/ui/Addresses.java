package org.jcpp.liaison.base.ui;

import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Optional;

/** Filters and choices carried in a page's address ({@code rollcall?topic=12}), so a link can open a filtered list. */
public final class Addresses {

    private Addresses() {}

    /** A whole-number parameter of the address; empty when absent or not a number (an address typed by hand). */
    public static Optional<Long> longParameter(Location location, String name) {
        try {
            return parameter(location, name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A date parameter of the address ({@code 2026-11-24}); empty when absent or malformed. */
    public static Optional<java.time.LocalDate> dateParameter(Location location, String name) {
        try {
            return parameter(location, name).map(java.time.LocalDate::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A date and time parameter of the address ({@code 2026-11-24T09:00}); empty when absent or malformed. */
    public static Optional<java.time.LocalDateTime> dateTimeParameter(Location location, String name) {
        try {
            return parameter(location, name).map(java.time.LocalDateTime::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
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
        boolean period = location.getQueryParameters().getParameters().containsKey("from")
                || location.getQueryParameters().getParameters().containsKey("to");
        if (period) {
            from.setValue(dateParameter(location, "from").orElse(null));
            to.setValue(dateParameter(location, "to").orElse(null));
        }
    }

    private static Optional<String> parameter(Location location, String name) {
        List<String> values = location.getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
