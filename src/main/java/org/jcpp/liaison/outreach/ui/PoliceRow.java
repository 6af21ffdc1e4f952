package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.math.BigDecimal;
import java.util.Map;
import org.jcpp.liaison.base.ui.DecimalField;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.outreach.PoliceData;

/** One police department's part in an event: officers, recruits and their volunteer hours. */
class PoliceRow extends Div {

    final ComboBox<Long> department = new ComboBox<>();
    final WholeNumberField officers = new WholeNumberField();
    final WholeNumberField recruits = new WholeNumberField();
    final DecimalField hours = new DecimalField();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    /** {@code departments}: the active ones offered; a stored row keeps its department even if it was retired since. */
    PoliceRow(
            Map<Long, String> departments,
            java.util.function.LongFunction<String> name,
            @org.jspecify.annotations.Nullable PoliceData value) {
        addClassName("entry-row");
        department.setLabel(getTranslation("rollcall.department"));
        var offered = new java.util.ArrayList<>(departments.keySet());
        if (value != null && !offered.contains(value.departmentId())) {
            offered.add(value.departmentId());
        }
        department.setItems(offered);
        department.setItemLabelGenerator(name::apply);
        department.setValue(value == null ? null : value.departmentId());
        officers.setLabel(getTranslation("outreach.officers"));
        recruits.setLabel(getTranslation("outreach.recruits"));
        hours.setLabel(getTranslation("outreach.volunteer-hours"));
        officers.setValue(value == null ? 0 : value.officers());
        recruits.setValue(value == null ? 0 : value.recruits());
        hours.setValue(value == null ? BigDecimal.ZERO : value.volunteerHours());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("outreach.police.remove"));
        add(department, officers, recruits, hours, remove);
    }

    /** Whether any number was typed (not just the zeros a new row starts with). */
    boolean hasNumbers() {
        return (officers.getValue() != null && officers.getValue() != 0)
                || (recruits.getValue() != null && recruits.getValue() != 0)
                || (hours.getValue() != null && hours.getValue().signum() != 0);
    }

    PoliceData toData() {
        return new PoliceData(
                department.getValue(),
                officers.getValue() == null ? 0 : officers.getValue(),
                recruits.getValue() == null ? 0 : recruits.getValue(),
                hours.getValue() == null ? BigDecimal.ZERO : hours.getValue());
    }

    Map<String, HasValidation> fields(String prefix) {
        return Map.of(
                prefix + "departmentId", department,
                prefix + "officers", officers,
                prefix + "recruits", recruits,
                prefix + "volunteerHours", hours);
    }
}
