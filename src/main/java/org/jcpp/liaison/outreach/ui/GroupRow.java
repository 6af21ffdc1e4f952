package org.jcpp.liaison.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Map;
import org.jcpp.liaison.base.ui.WholeNumberField;

/** How many people of one community group came to an event: a count, never names. */
class GroupRow extends Div {

    final ComboBox<Long> group = new ComboBox<>();
    final WholeNumberField headcount = new WholeNumberField();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    GroupRow(
            Map<Long, String> groups,
            @org.jspecify.annotations.Nullable Long groupId,
            @org.jspecify.annotations.Nullable Integer people) {
        addClassName("entry-row");
        group.setLabel(getTranslation("contacts.groups"));
        group.setItems(groups.keySet());
        group.setItemLabelGenerator(id -> groups.getOrDefault(id, ""));
        group.setValue(groupId);
        headcount.setLabel(getTranslation("outreach.people"));
        headcount.setValue(people);
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("outreach.group.remove"));
        add(group, headcount, remove);
    }
}
