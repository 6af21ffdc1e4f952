package org.jcpp.liaison.referencedata;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The interpreter on a record, as every form asks it: whether one was needed, offered, used or declined, and how it was
 * provided (asked once one was offered; required when one was used). Choosing a family member or friend keeps it, with
 * a note that the reports show it as a practice to reduce. Bound to a form's record by its two component names.
 */
public class InterpreterFields extends Composite<Div> {

    public final Select<InterpreterUse> use = new Select<>();
    public final Select<@Nullable InterpreterMode> mode = new Select<>();

    public InterpreterFields() {
        use.setLabel(getTranslation("interpreter.use"));
        use.setItems(InterpreterUse.values());
        use.setItemLabelGenerator(u -> getTranslation("InterpreterUse." + u.name()));
        use.setValue(InterpreterUse.NOT_NEEDED);
        mode.setLabel(getTranslation("interpreter.mode"));
        mode.setItems(Arrays.asList(InterpreterMode.values()));
        mode.setItemLabelGenerator(m -> m == null ? "" : getTranslation("InterpreterMode." + m.name()));
        mode.setEmptySelectionAllowed(true);
        mode.setEmptySelectionCaption(getTranslation("interpreter.mode.not-recorded"));
        mode.setVisible(false);
        use.addValueChangeListener(e -> showMode());
        mode.addValueChangeListener(e -> mode.setHelperText(
                e.getValue() != null && e.getValue().toReduce() ? getTranslation("interpreter.mode.to-reduce") : null));
        // each as wide as a column of the two-column forms it stands in, the whole width on a phone (liaison.css)
        getContent().add(use, mode);
        getContent().addClassName("interpreter-fields");
    }

    /** Binds both to the form's record components; an interpreter used must say how. */
    public <R> void bind(Binder<R> binder, String useComponent, String modeComponent) {
        binder.forField(use).asRequired(getTranslation("validation.required")).bind(useComponent);
        binder.forField(mode)
                .withValidator(
                        m -> use.getValue() != InterpreterUse.USED || m != null,
                        getTranslation("interpreter.mode.required"))
                .bind(modeComponent);
        use.addValueChangeListener(e -> {
            if (mode.isInvalid()) {
                binder.validate();
            }
        });
    }

    private void showMode() {
        boolean offered = use.getValue() != null && use.getValue().offered();
        boolean used = use.getValue() == InterpreterUse.USED;
        mode.setVisible(offered);
        mode.setRequiredIndicatorVisible(used);
        // "How: not recorded" is a choice only where the form takes it: not for an interpreter used, who must say how
        mode.setEmptySelectionAllowed(!used);
        if (!offered) {
            mode.clear();
        }
    }

    /** "Used · Telephone interpreter line", "Offered, declined", or "Not needed", in the reader's language. */
    public static String describe(Component page, Interpreting interpreting) {
        String use = page.getTranslation("InterpreterUse." + interpreting.use().name());
        InterpreterMode mode = interpreting.mode();
        if (!interpreting.use().offered()) {
            return use;
        }
        return use + " · "
                + (mode == null
                        ? page.getTranslation("interpreter.mode.not-recorded")
                        : page.getTranslation("InterpreterMode." + mode.name()));
    }
}
