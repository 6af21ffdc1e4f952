package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.Collection;
import java.util.LinkedHashSet;
import org.jcpp.liaison.datapractices.StatusWording;

/**
 * The step before every save of free text: when some text looks like it records someone's immigration or citizenship
 * status, the user is asked to rephrase or to save as written. Asked again at every save, so text added after a
 * confirmation is checked too.
 */
public final class WordingCheck {

    private WordingCheck() {}

    /** Runs {@code save} at once, or after the user confirms the wording; {@code rephrase} runs when they go back. */
    public static void thenSave(Component owner, Collection<String> texts, Runnable save, Runnable rephrase) {
        var words = new LinkedHashSet<String>();
        texts.forEach(text -> words.addAll(StatusWording.find(text)));
        if (words.isEmpty()) {
            save.run();
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(owner.getTranslation("wording.title"));
        dialog.setText(owner.getTranslation("wording.text", String.join(", ", words)));
        // the safe choice is the default one (Enter, the primary button); Escape also goes back to rephrase
        dialog.setConfirmText(owner.getTranslation("wording.rephrase"));
        dialog.addConfirmListener(e -> rephrase.run());
        dialog.setRejectable(true);
        dialog.setRejectText(owner.getTranslation("wording.save-anyway"));
        dialog.addRejectListener(e -> save.run());
        dialog.setCancelable(true);
        dialog.setCancelText(owner.getTranslation("action.cancel"));
        dialog.addCancelListener(e -> rephrase.run());
        dialog.open();
    }
}
