package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.committees.CommitteeLimits;
import org.jcpp.liaison.committees.PoliceAttendee;
import org.jcpp.liaison.committees.PoliceRank;
import org.jspecify.annotations.Nullable;

/** One police attendee of a meeting: rank and role, no name. */
class PoliceSeatRow extends Div {

    final Select<PoliceRank> rank = new Select<>();
    final TextField role = new TextField();
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());

    PoliceSeatRow(@Nullable PoliceAttendee value) {
        addClassName("entry-row");
        rank.setLabel(getTranslation("committees.police.rank"));
        rank.setItems(PoliceRank.values());
        rank.setItemLabelGenerator(r -> r == null ? "" : Formats.enumLabel(this, r));
        rank.setValue(value == null ? PoliceRank.OFFICER : value.rank());
        role.setLabel(getTranslation("committees.police.role"));
        role.setPlaceholder(getTranslation("committees.police.role.placeholder"));
        role.setMaxLength(CommitteeLimits.ROLE_MAX);
        role.setValue(value == null ? "" : value.role());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel(getTranslation("committees.police.remove"));
        add(rank, role, remove);
    }

    PoliceAttendee toData() {
        return new PoliceAttendee(rank.getValue(), role.getValue().strip());
    }

    Map<String, HasValidation> fields(String prefix) {
        return Map.of(prefix + "rank", rank, prefix + "role", role);
    }
}
