package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityNotFoundException;
import java.util.Optional;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaObjectRetrievalFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * What to tell the user about a failure that is not their input's fault: a record deleted or changed by someone else
 * after they opened it, an action their role does not allow. Shared by a form's save ({@link FormErrors}) and the
 * session's error handler ({@link SessionErrors}), so both say the same.
 */
final class Problems {

    private Problems() {}

    /** The message for a failure the user can understand, if {@code failure} (or a cause of it) is one. */
    static Optional<String> explain(Component in, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RecordNotFoundException e) {
                return Optional.of(in.getTranslation(deletedKey(e.what())));
            }
            if (t instanceof EntityNotFoundException || t instanceof JpaObjectRetrievalFailureException) {
                return Optional.of(in.getTranslation("error.deleted"));
            }
            if (t instanceof ConcurrentEditException || t instanceof OptimisticLockingFailureException) {
                return Optional.of(in.getTranslation("error.concurrent-edit"));
            }
            if (t instanceof AccessDeniedException) {
                return Optional.of(in.getTranslation("error.not-allowed"));
            }
        }
        return Optional.empty();
    }

    /** "This contact no longer exists …": the kind of record named where the app has the words for it. */
    static String deletedKey(String what) {
        return switch (what) {
            case "contact" -> "error.deleted.contact";
            case "need" -> "error.deleted.need";
            case "roll-call-briefing" -> "error.deleted.briefing";
            case "training-session" -> "error.deleted.session";
            case "training-topic" -> "error.deleted.topic";
            case "outreach-event" -> "error.deleted.event";
            case "outreach-series" -> "error.deleted.series";
            default -> "error.deleted";
        };
    }
}
