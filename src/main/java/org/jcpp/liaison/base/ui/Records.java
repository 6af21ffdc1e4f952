package org.jcpp.liaison.base.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jcpp.liaison.base.RecordNotFoundException;

/** Opening a record's page by its id from the address. */
public final class Records {

    private Records() {}

    /**
     * Loads the record, or shows the not-found page when it does not exist or the user may not see it (the two look
     * the same on purpose).
     */
    public static <T> Optional<T> orNotFound(BeforeEvent event, Supplier<T> load) {
        try {
            return Optional.of(load.get());
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }

    /**
     * Loads a record to change in its form, or shows the not-found page when it does not exist, the user may not see
     * it, or may not change it.
     */
    public static <T> Optional<T> toEdit(BeforeEvent event, Supplier<T> load, Predicate<T> canEdit) {
        var record = orNotFound(event, load);
        if (record.isPresent() && !canEdit.test(record.get())) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
        return record;
    }
}
