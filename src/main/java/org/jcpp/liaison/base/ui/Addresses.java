package org.jcpp.liaison.base.ui;

import com.vaadin.flow.router.Location;
import java.util.List;
import java.util.Optional;

/** Filters and choices carried in a page's address ({@code rollcall?topic=12}), so a link can open a filtered list. */
public final class Addresses {

    private Addresses() {}

    /** A whole-number parameter of the address; empty when absent or not a number (an address typed by hand). */
    public static Optional<Long> longParameter(Location location, String name) {
        List<String> values = location.getQueryParameters().getParameters().getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(values.getFirst()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
