package org.jcpp.liaison.cities.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Arrays;
import java.util.Map;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.cities.NamedRef;
import org.jcpp.liaison.cities.PartnerKind;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceItem;
import org.jcpp.liaison.cities.ReferenceItemData;
import org.jcpp.liaison.cities.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * Adds or edits one reference entry. Required fields and lengths are checked at the field; a refused save (a name
 * already used, a change by someone else) keeps the dialog open with what was typed.
 */
class ReferenceItemDialog extends Dialog {

    /** The form's values; a plain bean so the binder can hold invalid input without losing it. */
    static class Form {
        private String name = "";
        private @Nullable PartnerKind partnerKind;
        private @Nullable NamedRef city;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name == null ? "" : name;
        }

        public @Nullable PartnerKind getPartnerKind() {
            return partnerKind;
        }

        public void setPartnerKind(@Nullable PartnerKind partnerKind) {
            this.partnerKind = partnerKind;
        }

        public @Nullable NamedRef getCity() {
            return city;
        }

        public void setCity(@Nullable NamedRef city) {
            this.city = city;
        }
    }

    final TextField name = new TextField();
    final Select<PartnerKind> partnerKind = new Select<>();
    final ComboBox<NamedRef> city = new ComboBox<>();
    final Button save = new SaveButton("", this::save);
    final Button toggleActive = new Button();

    private final ReferenceKind kind;
    private final ReferenceDataService service;
    private @Nullable ReferenceItem item;
    private final Runnable onSaved;
    private final Binder<Form> binder = new Binder<>(Form.class);
    private final Form form = new Form();

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

        var layout = new FormLayout();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

        name.setLabel(getTranslation("reference.name"));
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("validation.at-most", kind.nameMax()));
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", kind.nameMax()), 0, kind.nameMax()))
                .bind(Form::getName, Form::setName);
        layout.add(name);

        if (kind == ReferenceKind.PARTNER) {
            partnerKind.setLabel(getTranslation("reference.partner-kind"));
            partnerKind.setItems(Arrays.asList(PartnerKind.values()));
            partnerKind.setItemLabelGenerator(k -> getTranslation("partner-kind." + k));
            partnerKind.setRequiredIndicatorVisible(true);
            binder.forField(partnerKind)
                    .asRequired(getTranslation("validation.required"))
                    .bind(Form::getPartnerKind, Form::setPartnerKind);
            layout.add(partnerKind);
        }
        if (kind == ReferenceKind.DEPARTMENT) {
            city.setLabel(getTranslation("reference.city"));
            city.setItems(service.active(ReferenceKind.CITY));
            city.setItemLabelGenerator(NamedRef::name);
            city.setRequiredIndicatorVisible(true);
            binder.forField(city)
                    .asRequired(getTranslation("validation.required"))
                    .bind(Form::getCity, Form::setCity);
            layout.add(city);
        }

        if (item != null) {
            form.setName(item.name());
            form.setPartnerKind(item.partnerKind());
            if (item.cityId() != null) {
                form.setCity(new NamedRef(item.cityId(), item.cityName()));
            }
        }
        binder.readBean(form);
        add(layout);

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
                name.focus();
            }
        });
    }

    private void save() {
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        var data = new ReferenceItemData(
                item == null ? null : item.id(),
                item == null ? 0 : item.version(),
                form.getName(),
                form.getPartnerKind(),
                form.getCity() == null ? null : form.getCity().id());
        boolean saved = FormErrors.attempt(
                this,
                Map.of("name", name, "partnerKind", partnerKind, "city", city),
                () -> item = service.save(kind, data));
        if (saved) {
            Notices.success(getTranslation("reference.saved", form.getName()));
            onSaved.run();
            close();
        }
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
