package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What every form view does around its form: its buttons, sending the record, and leaving without saving. */
public final class FormActions {

    private FormActions() {}

    /**
     * Save and Cancel (and any further buttons) under a form. Cancel forgets what was typed ({@link DraftKeeper#finish})
     * and then {@code leave}s.
     */
    public static HorizontalLayout buttons(
            Component view, Button save, String saveKey, Runnable leave, Component... more) {
        save.setText(view.getTranslation(saveKey));
        var cancel = new Button(view.getTranslation("action.cancel"), e -> {
            DraftKeeper.finish(view); // cancelled: what was typed is not kept
            leave.run();
        });
        var buttons = new HorizontalLayout(save, cancel);
        buttons.add(more);
        buttons.addClassName("form-actions");
        return buttons;
    }

    /**
     * Sends a form's record to its service: a refused save marks the field it names and keeps everything typed
     * ({@link FormErrors#attempt}); a saved one says so ({@code savedKey}) and {@code then} goes on with what was saved.
     */
    public static <T> void send(
            Component view,
            Map<String, ? extends HasValidation> fields,
            Supplier<T> save,
            String savedKey,
            Consumer<T> then) {
        var saved = new ArrayList<T>(1);
        if (FormErrors.attempt(view, fields, () -> saved.add(save.get()))) {
            Notices.success(view.getTranslation(savedKey));
            then.accept(saved.getFirst());
        }
    }
}
