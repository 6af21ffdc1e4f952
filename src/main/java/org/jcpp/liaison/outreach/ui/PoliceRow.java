package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.Map;
import org.jcpp.liaison.outreach.PoliceData;

/** One police department's part in an event: officers, recruits and their volunteer hours. */
class PoliceRow extends Div {

    final ComboBox<Long> department = new ComboBox<>();
    final IntegerField officers = new IntegerField();
    final IntegerField recruits = new IntegerField();
    final BigDecimalField hours = new BigDecimalField();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    PoliceRow(Map<Long, String> departments, PoliceData value) {
        addClassName("entry-row");
        department.setLabel(getTranslation("rollcall.department"));
        department.setItems(departments.keySet());
        department.setItemLabelGenerator(id -> departments.getOrDefault(id, ""));
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
