package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/**
 * Multi-select lists that close after each pick. Left open, Vaadin's list stays over the next fields of the form (on
 * a phone, over the whole screen) until the user finds a way to close it; closed, the picks show as chips and one
 * more tap opens the list again.
 */
public final class MultiPicks {

    private MultiPicks() {}

    /**
     * Every pick shows as a chip with its whole name, the chips wrapping onto more lines as needed: by default Vaadin
     * cuts chips to fit one line ("Brooklyn …"), so Brooklyn Center and Brooklyn Park could not be told apart.
     */
    public static void wholeNames(MultiSelectComboBox<?> box) {
        box.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
    }

    public static void closeOnPick(MultiSelectComboBox<?> box) {
        box.getElement()
                .executeJs("const box = this; box.addEventListener('selected-items-changed', () => { if (box.opened)"
                        + " { box.opened = false; } });");
    }
}
