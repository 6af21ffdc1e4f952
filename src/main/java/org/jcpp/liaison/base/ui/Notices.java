package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages after an action. Text is always set as text, never as HTML. */
public final class Notices {

    private Notices() {}

    /** Shows a success; an earlier error notice still open is closed, as what it asked for is now done. */
    public static void success(String text) {
        closeError();
        show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    /** Shows an error; an earlier error notice still open is replaced, so they never pile up over the buttons. */
    public static void error(String text) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        closeError();
        var notification = show(text, NotificationVariant.LUMO_ERROR, 8000);
        if (ui != null) {
            com.vaadin.flow.component.ComponentUtil.setData(ui, ErrorNotice.class, new ErrorNotice(notification));
        }
    }

    private static void closeError() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            var previous = com.vaadin.flow.component.ComponentUtil.getData(ui, ErrorNotice.class);
            if (previous != null) {
                previous.notification().close();
                com.vaadin.flow.component.ComponentUtil.setData(ui, ErrorNotice.class, null);
            }
        }
    }

    private record ErrorNotice(Notification notification) {}

    private static Notification show(String text, NotificationVariant variant, int millis) {
        var notification = new Notification(text, millis, Notification.Position.BOTTOM_CENTER);
        notification.addThemeVariants(variant);
        notification.setAssertive(true);
        notification.open();
        return notification;
    }
}
