package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import jakarta.persistence.EntityNotFoundException;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.Violations;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaObjectRetrievalFailureException;

/**
 * Shows why a service refused a save: at the field it concerns, or as a notice for the form as a whole (a record
 * deleted or changed by someone else meanwhile, a conflicting save). The form stays open with everything the user
 * typed. Anything else goes on to the session's error handler ({@link SessionErrors}), which tells the user too.
 */
public final class FormErrors {

    private FormErrors() {}

    /**
     * Runs a save; on refusal marks the field or shows a notice and returns false. {@code fields} maps the field names
     * services use to the form's components.
     */
    public static boolean attempt(Component form, Map<String, ? extends HasValidation> fields, Runnable save) {
        try {
            save.run();
            DraftKeeper.finish(form); // saved: nothing typed is left to keep
            return true;
        } catch (InvalidInputException e) {
            HasValidation field = fields.get(e.field());
            if (field != null && isShown(field)) {
                field.setErrorMessage(form.getTranslation(e.messageKey()));
                field.setInvalid(true);
            } else {
                Notices.error(form.getTranslation(e.messageKey()));
            }
            return false;
        } catch (ConstraintViolationException e) {
            boolean marked = false;
            for (var violation : e.getConstraintViolations()) {
                HasValidation field = fields.get(Violations.field(violation));
                if (field != null && isShown(field)) {
                    field.setErrorMessage(form.getTranslation(violation.getMessage()));
                    field.setInvalid(true);
                    marked = true;
                }
            }
            if (!marked) {
                Notices.error(form.getTranslation("error.check-input"));
            }
            return false;
        } catch (RecordNotFoundException
                | EntityNotFoundException
                | JpaObjectRetrievalFailureException
                | ConcurrentEditException
                | OptimisticLockingFailureException e) {
            // deleted or changed by someone else after the user opened it: said as the session's error handler says
            // it (Problems); what they typed stays
            Notices.error(Problems.explain(form, e).orElseThrow());
            return false;
        } catch (DataIntegrityViolationException e) {
            // a save made a moment earlier by someone else took the same unique place (a title, a revision number)
            Notices.error(form.getTranslation("error.conflict"));
            return false;
        }
    }

    /** A field the user cannot see gets no message there: the message goes to a notice instead. */
    private static boolean isShown(HasValidation field) {
        return !(field instanceof Component component) || component.isVisible();
    }
}
