package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItem;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one reference entry. Required fields and lengths are checked at the field; a refused save (a name
 * already used, a change by someone else) keeps the dialog open with what was typed.
 */
class ReferenceItemDialog extends Dialog {

    final ReferenceItemDataForm form;
    final Button save = new SaveButton("", this::save);
    final Button toggleActive = new Button();

    private final ReferenceKind kind;
    private final ReferenceDataService service;
    private @Nullable ReferenceItem item;
    private final Runnable onSaved;

    ReferenceItemDialog(
            ReferenceKind kind, ReferenceDataService service, @Nullable ReferenceItem item, Runnable onSaved) {
        this.kind = kind;
        this.service = service;
        this.item = item;
        this.onSaved = onSaved;
        addClassName("reference-dialog");
        setHeaderTitle(getTranslation(
                item == null ? "reference.add." + kind : "reference.edit-title." + kind,
                item == null ? "" : item.name()));
        setCloseOnOutsideClick(false);

        form = new ReferenceItemDataForm(
                kind, kind == ReferenceKind.DEPARTMENT ? service.active(ReferenceKind.CITY) : List.of());
        if (item != null) {
            form.read(item);
        }
        add(form);

        if (item != null && kind == ReferenceKind.DEPARTMENT) {
            add(new ShiftEditor(service, item.id()));
        }
        if (item != null) {
            var status = new Span(getTranslation(item.active() ? "reference.active" : "reference.inactive"));
            status.addClassName("status-badge");
            add(status);
        }

        save.setText(getTranslation("action.save"));
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
        if (item != null) {
            toggleActive.setText(getTranslation(item.active() ? "reference.deactivate" : "reference.reactivate"));
            toggleActive.addThemeVariants(item.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggleActive.addClickListener(e -> toggleActive());
            getFooter().addComponentAsFirst(toggleActive);
        }
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                form.name.focus();
            }
        });
    }

    private void save() {
        form.write().ifPresent(data -> {
            boolean saved = FormErrors.attempt(this, form.fields(), () -> item = service.save(kind, data));
            if (saved) {
                Notices.success(getTranslation("reference.saved", data.name()));
                onSaved.run();
                close();
            }
        });
    }

    private void toggleActive() {
        var current = item;
        if (current == null) {
            return;
        }
        boolean done = FormErrors.attempt(
                this, Map.of(), () -> service.setActive(kind, current.id(), current.version(), !current.active()));
        if (done) {
            Notices.success(getTranslation(
                    current.active() ? "reference.deactivated" : "reference.reactivated", current.name()));
            onSaved.run();
            close();
        }
    }
}
