package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;

/** Phone-sized windows: lists switch to one column of two-line entries. */
public final class Narrow {

    public static final int PHONE_WIDTH = 640;

    private Narrow() {}

    /** Runs {@code action} once the component is shown in a window narrower than a tablet. */
    public static void whenNarrow(Component component, Runnable action) {
        component.addAttachListener(event -> event.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() > 0 && details.getWindowInnerWidth() < PHONE_WIDTH) {
                action.run();
            }
        }));
    }
}
