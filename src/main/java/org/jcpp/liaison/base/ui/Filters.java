package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Map;

/** The filter fields lists share: a period and choices among named entries ("Any" when empty). */
public final class Filters {

    private Filters() {}

    /** "From" and "To" date fields that can be cleared. */
    public static void period(DatePicker from, DatePicker to) {
        from.setLabel(from.getTranslation("contacts.filter.from"));
        to.setLabel(to.getTranslation("contacts.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
    }

    /** A choice among the named entries (ids to names, in the order shown), empty for "any". */
    public static void choices(ComboBox<Long> box, String labelKey, Map<Long, String> names) {
        box.setLabel(box.getTranslation(labelKey));
        box.setItems(names.keySet());
        box.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        box.setClearButtonVisible(true);
        emptyMeans(box, box.getTranslation("contacts.filter.any"));
    }

    /**
     * What an empty choice means ("Any", "All my cities"), shown in the field in the text colour as the selects beside it
     * show theirs (liaison.css): a state, not a greyed hint to type.
     */
    public static <F extends ComboBoxBase<?, ?, ?>> void emptyMeans(F box, String meaning) {
        box.setPlaceholder(meaning);
        box.addClassName("filter-choice");
    }
}
