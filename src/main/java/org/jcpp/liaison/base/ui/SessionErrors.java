package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandlerUtil;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every session's error handler: a failure in a click, a save or any other action reaches the user as a clear message
 * (never a silent nothing), and is logged with a short reference the message also shows, so an administrator can find
 * it. The page stays as it was, with everything the user typed.
 */
@Component
class SessionErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionErrors.class);

    /** Broken connections and the like: nothing the user did, nothing to tell them (Vaadin's default list). */
    private static final Set<String> NOT_FOR_THE_USER = Set.of(
            "java.net.SocketException",
            "java.net.SocketTimeoutException",
            "java.io.EOFException",
            "org.apache.catalina.connector.ClientAbortException",
            "com.vaadin.flow.router.InvalidLocationException");

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new Handler()));
    }

    /**
     * Tells the user about a failure of what they just did, and logs it. For a record deleted or changed by someone
     * else meanwhile, or an action their role does not allow, the message says so; anything else is "something went
     * wrong, try again" with the log's reference.
     */
    static void report(Throwable failure) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unexpected error (no page to tell)", failure);
            return;
        }
        var known = Problems.explain(ui, failure);
        if (known.isPresent()) {
            log.info("Refused: {}", failure.toString());
            Notices.error(known.get());
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", reference, failure);
        Notices.error(ui.getTranslation("error.unexpected", reference));
    }

    static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            if (NOT_FOR_THE_USER.contains(failure.getClass().getName()) || UI.getCurrent() == null) {
                super.error(event);
                return;
            }
            if (ErrorHandlerUtil.handleErrorByRedirectingToErrorView(failure)) {
                return; // an error with its own page (not found, access denied)
            }
            report(failure);
        }
    }
}
