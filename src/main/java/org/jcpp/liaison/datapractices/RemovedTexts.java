package org.jcpp.liaison.datapractices;

import com.vaadin.flow.component.UI;

/**
 * The markers stored in place of a removed text. They are kept in the program's default language (English), so that
 * retention can compare them exactly, and shown in the reader's language.
 */
public final class RemovedTexts {

    /** What replaces a text removed after the retention period. */
    public static final String REMOVED = "[removed after the retention period]";

    /** What replaces a text removed because the person it names asked to be erased. */
    public static final String ERASED = "[removed at the resident's request]";

    private RemovedTexts() {}

    /** A stored text as the user reads it: a marker in the user's language, any other text as it is. */
    public static String shown(String stored) {
        var ui = UI.getCurrent();
        if (ui == null) {
            return stored;
        }
        if (ERASED.equals(stored)) {
            return ui.getTranslation("contacts.text.erased");
        }
        if (REMOVED.equals(stored)) {
            return ui.getTranslation("contacts.text.removed");
        }
        return stored;
    }
}
