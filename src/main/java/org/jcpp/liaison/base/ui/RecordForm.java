package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jcpp.liaison.base.PastWindow;

/**
 * A form bound to a module's {@code *Data} record (a {@link RecordBinder}): the component a view places, reads a stored
 * record into, and saves what {@link #write()} gives. {@code L} is its layout (a {@code FormLayout}, or a
 * {@code VerticalLayout} when rows follow the fields).
 */
public abstract class RecordForm<R extends Record, L extends Component> extends Composite<L> {

    protected final RecordBinder<R> binder;

    protected RecordForm(Class<R> type) {
        this.binder = new RecordBinder<>(type);
    }

    /** The record as typed, or empty (each invalid field then shows its message). */
    public Optional<R> write() {
        return binder.write();
    }

    /** The fields by the names the service gives when it refuses a save. */
    public Map<String, HasValidation> fields() {
        return binder.fields();
    }

    /** Binds a field that must be filled in to the record component of that name. */
    protected <V> void required(HasValue<?, V> field, String component) {
        binder.forField(field).asRequired(getTranslation("validation.required")).bind(component);
    }

    /**
     * Binds a required day that has happened (today at the latest, ten years back at most: {@link PastWindow}) to the
     * record component of that name; the field starts at today and its calendar offers only those days.
     */
    protected void pastDay(DateField field, String component, String futureKey, Clock clock) {
        var window = PastWindow.asOf(clock);
        field.setMin(window.earliest());
        field.setMax(window.today(), getTranslation(futureKey));
        field.setValue(window.today());
        binder.forField(field)
                .asRequired(getTranslation("validation.required"))
                .withValidator(day -> !PastWindow.asOf(clock).isFuture(day), getTranslation(futureKey))
                .bind(component);
    }

    /** Chooses the only entry a list offers (a liaison of one city, one department). */
    protected static <T> void chooseIfOnlyOne(ComboBox<T> box) {
        var offered = box.getListDataView().getItems().toList();
        if (offered.size() == 1) {
            box.setValue(offered.getFirst());
        }
    }
}
