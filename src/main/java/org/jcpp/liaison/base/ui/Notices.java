package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action. Text is always set as text, never as HTML. */
public final class Notices {

    private Notices() {}

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        var notification = new Notification(text, millis, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        notification.setAssertive(true);
        notification.open();
    }
}
