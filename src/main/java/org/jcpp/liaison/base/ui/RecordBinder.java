package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Binder} over a module's {@code *Data} record: fields are bound by the record's component names
 * ({@code forField(f).bind("briefedOn")}), which are the names a service gives in an {@code InvalidInputException}, so a
 * refused save marks its field through {@link #fields()} without a hand-written map. Every component must be bound (a
 * value the form carries but does not show, such as an id or version, through a {@code ReadOnlyHasValue}), and the
 * record must have no constructor but its canonical one.
 */
public class RecordBinder<R extends Record> extends Binder<R> {

    private final Class<R> type;

    public RecordBinder(Class<R> type) {
        super(type);
        if (type.getDeclaredConstructors().length != 1) {
            // Binder.writeRecord calls the first declared constructor with the components' values
            throw new IllegalArgumentException(type.getSimpleName() + " needs its canonical constructor only");
        }
        this.type = type;
    }

    /** The record as typed, or empty when a field is invalid (each invalid field then shows its message). */
    public Optional<R> write() {
        try {
            return Optional.of(writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    /** The bound fields by record component name, for {@link FormErrors#attempt}. */
    public Map<String, HasValidation> fields() {
        var fields = new LinkedHashMap<String, HasValidation>();
        Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(name -> getBinding(name)
                .map(Binding::getField)
                .filter(HasValidation.class::isInstance)
                .ifPresent(field -> fields.put(name, (HasValidation) field)));
        return fields;
    }
}
