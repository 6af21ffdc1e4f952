package org.jcpp.liaison.contacts.ui;

/** The texts a contact or need stores, as a page shows them. */
final class StoredTexts {

    private StoredTexts() {}

    /**
     * A stored text as the user reads it: the markers stored in place of removed texts are kept in the program's
     * default language (English, compared exactly by the retention job) and shown in the user's language.
     */
    static String shown(String stored) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui == null) {
            return stored;
        }
        if (org.jcpp.liaison.contacts.ContactRetention.ERASED.equals(stored)) {
            return ui.getTranslation("contacts.text.erased");
        }
        if (org.jcpp.liaison.contacts.ContactRetention.REMOVED.equals(stored)) {
            return ui.getTranslation("contacts.text.removed");
        }
        return stored;
    }
}
