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

    /** A date and time parameter of the address ({@code 2026-11-24T09:00}); empty when absent or malformed. */
    public static Optional<java.time.LocalDateTime> dateTimeParameter(Location location, String name) {
        try {
            return parameter(location, name).map(java.time.LocalDateTime::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> parameter(Location location, String name) {
        List<String> values = location.getQueryParameters().getParameters().getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }
}
