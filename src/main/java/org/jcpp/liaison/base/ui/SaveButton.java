package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The primary button of a form. It is disabled from the click until the save has run, so a double click saves once;
 * it is enabled again whether the save succeeded or was refused.
 */
public class SaveButton extends Button {

    public SaveButton(String text, Runnable save) {
        super(text);
        addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setDisableOnClick(true);
        addClickListener(e -> {
            try {
                save.run();
            } finally {
                setEnabled(true);
            }
        });
    }
}
