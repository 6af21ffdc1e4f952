package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jcpp.liaison.base.ui.FormErrors;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ShiftData;
import org.jcpp.liaison.referencedata.ShiftRow;
import org.jspecify.annotations.Nullable;

/** The shifts of one police department: rename, deactivate or reactivate each, and add new ones. */
class ShiftEditor extends Div {

    private final ReferenceDataService service;
    private final long departmentId;
    private final Div rows = new Div();

    ShiftEditor(ReferenceDataService service, long departmentId) {
        this.service = service;
        this.departmentId = departmentId;
        addClassName("shift-editor");
        add(new H3(getTranslation("shift.title")), rows);
        reload();
    }

    private void reload() {
        rows.removeAll();
        var shifts = service.shifts(departmentId);
        shifts.forEach(shift -> rows.add(row(shift, shifts.size())));
        rows.add(row(null, shifts.size()));
    }

    private HorizontalLayout row(@Nullable ShiftRow shift, int count) {
        var name = new TextField(getTranslation(shift == null ? "shift.new" : "shift.name"));
        name.setMaxLength(ShiftRow.NAME_MAX);
        if (shift != null) {
            name.setValue(shift.name());
        }
        var save = new Button(getTranslation(shift == null ? "shift.add" : "action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.addClickListener(e -> {
            if (name.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("validation.required"));
                name.setInvalid(true);
                return;
            }
            var data = new ShiftData(
                    shift == null ? null : shift.id(),
                    shift == null ? 0 : shift.version(),
                    name.getValue(),
                    shift == null ? count + 1 : shift.sortOrder());
            if (FormErrors.attempt(this, Map.of("shiftName", name), () -> service.saveShift(departmentId, data))) {
                Notices.success(getTranslation("shift.saved", name.getValue()));
                reload();
            }
        });
        var row = new HorizontalLayout(name, save);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addClassName("shift-row");
        if (shift != null) {
            var toggle = new Button(getTranslation(shift.active() ? "reference.deactivate" : "reference.reactivate"));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.setAriaLabel(
                    getTranslation(shift.active() ? "shift.deactivate-named" : "shift.reactivate-named", shift.name()));
            toggle.addClickListener(e -> {
                if (FormErrors.attempt(
                        this, Map.of(), () -> service.setShiftActive(shift.id(), shift.version(), !shift.active()))) {
                    reload();
                }
            });
            row.add(toggle);
            if (!shift.active()) {
                name.setHelperText(getTranslation("reference.inactive"));
            }
        }
        return row;
    }
}
