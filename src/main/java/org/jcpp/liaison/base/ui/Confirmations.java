package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Map;

/** The question before something is deleted or removed for good, and what follows a yes. */
public final class Confirmations {

    private Confirmations() {}

    /**
     * Asks {@code titleKey} / {@code textKey} with a red {@code confirmKey} button and Cancel; on a yes, runs {@code
     * action} through {@link FormErrors#attempt} (a refusal is shown, nothing else happens), then says {@code doneKey}
     * and runs {@code then}.
     */
    public static void confirm(
            Component view,
            String titleKey,
            String textKey,
            String confirmKey,
            Runnable action,
            String doneKey,
            Runnable then) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(view.getTranslation(titleKey));
        dialog.setText(view.getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation("action.cancel"));
        dialog.setConfirmText(view.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            if (FormErrors.attempt(view, Map.of(), action)) {
                Notices.success(view.getTranslation(doneKey));
                then.run();
            }
        });
        dialog.open();
    }
}
