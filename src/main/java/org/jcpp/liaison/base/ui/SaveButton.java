package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The primary button of a form. It is disabled from the click until the save has run, so a double click saves once;
 * it is enabled again whatever happened: saved, refused, or failed. A failure nobody expected is told to the user
 * (the form keeps what they typed) and logged.
 */
public class SaveButton extends Button {

    public SaveButton(String text, Runnable save) {
        super(text);
        addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setDisableOnClick(true);
        addClickListener(e -> {
            try {
                save.run();
            } catch (RuntimeException failure) {
                SessionErrors.report(failure);
            } finally {
                setEnabled(true);
            }
        });
    }
}
