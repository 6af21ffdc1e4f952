package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An unexpected error while opening a view: logged in full, shown to the user without internals. */
@AnonymousAllowed
class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        ErrorPages.fill(this, getTranslation("error.internal.title"), getTranslation("error.internal.text"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
