package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinSessionState;
import com.vaadin.flow.server.WrappedSession;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The end of a session without losing typed work. A page warns shortly before the session would end for inactivity
 * (in the browser, without a request, which would itself count as activity) and offers to stay signed in; a user who
 * is typing stays signed in without being asked. Open forms are kept as drafts at the end of every request (see
 * {@link DraftKeeper}). When Vaadin closes an idle session, the HTTP session ends with it, so the user is signed out
 * (heartbeats kept it, and its sign-in, alive before). A click in a page whose session ended says so and leads to the
 * sign-in page; back in the form, the draft is there.
 */
@org.springframework.stereotype.Component
class SessionEnding implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionEnding.class);

    /** How long before its end a session is said to end soon: a quarter of the timeout, between 10 s and 2 minutes. */
    static int warnAheadSeconds(int timeoutSeconds) {
        return Math.max(10, Math.min(120, timeoutSeconds / 4));
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {}

            @Override
            public void handleException(
                    VaadinRequest request, VaadinResponse response, VaadinSession session, Exception exception) {}

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                if (session != null && DraftKeeper.anyOpen(session)) {
                    session.accessSynchronously(() -> {
                        if (session.getState() == VaadinSessionState.OPEN) {
                            DraftKeeper.checkAll(session);
                        }
                    });
                }
            }
        });
        service.addSessionDestroyListener(destroyed -> {
            WrappedSession http = destroyed.getSession().getSession();
            if (http != null) {
                try {
                    http.invalidate(); // Vaadin closed an idle session: its sign-in ends too
                } catch (IllegalStateException alreadyEnded) {
                    // the HTTP session timed out or the user signed out: nothing left to end
                }
            }
        });
        service.setSystemMessagesProvider(info -> {
            I18NProvider i18n = service.getInstantiator().getI18NProvider();
            Locale locale = info.getLocale() == null ? Locale.ENGLISH : info.getLocale();
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setSessionExpiredCaption(i18n.getTranslation("session.ended.caption", locale));
            messages.setSessionExpiredMessage(i18n.getTranslation("session.ended.click", locale));
            return messages;
        });
    }

    /** Starts the browser's countdown to the end of the session in the page of {@code host}, which can keep it alive. */
    static void countDown(Component host) {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return;
        }
        int timeout = session.getSession().getMaxInactiveInterval();
        if (timeout <= 0) {
            return;
        }
        var texts = JsonNodeFactory.instance.objectNode();
        texts.put("warning", host.getTranslation("session.warning"));
        texts.put("stay", host.getTranslation("session.stay"));
        texts.put("ended", host.getTranslation("session.ended"));
        texts.put("signIn", host.getTranslation("session.sign-in-again"));
        log.debug("Session countdown: {} s, warning {} s ahead", timeout, warnAheadSeconds(timeout));
        host.getElement().executeJs(COUNTDOWN, timeout, warnAheadSeconds(timeout), texts.toString());
    }

    /**
     * Restarted by every request of the page (Vaadin's connection state returns to "connected"); at the warning, a
     * user who typed or clicked since the last request is kept signed in by one request, anyone else is asked.
     */
    private static final String COUNTDOWN = """
            const host = this, timeout = $0 * 1000, ahead = $1 * 1000, t = JSON.parse($2);
            const s = window.__liaisonSession || (window.__liaisonSession = {});
            const stay = () => host.$server.staySignedIn();
            const show = (kind, text, label, action) => {
              if (!s.dialog) {
                s.dialog = document.createElement('dialog');
                s.dialog.className = 'session-dialog';
                s.dialog.setAttribute('aria-labelledby', 'session-dialog-text');
                s.text = document.createElement('p');
                s.text.id = 'session-dialog-text';
                s.button = document.createElement('button');
                s.button.type = 'button';
                s.dialog.append(s.text, s.button);
                document.body.append(s.dialog);
                s.dialog.addEventListener('cancel', e => {
                  e.preventDefault(); // Escape: stays signed in at the warning; the end cannot be dismissed
                  if (s.dialog.dataset.kind === 'warning') stay();
                });
              }
              s.dialog.dataset.kind = kind;
              s.text.textContent = text;
              s.button.textContent = label;
              s.button.onclick = action;
              if (!s.dialog.open) s.dialog.showModal();
              s.button.focus();
            };
            s.restart = () => {
              clearTimeout(s.warn); clearTimeout(s.end);
              s.active = false;
              if (s.dialog && s.dialog.open && s.dialog.dataset.kind === 'warning') s.dialog.close();
              s.warn = setTimeout(() => {
                if (s.active) stay(); else show('warning', t.warning, t.stay, stay);
              }, Math.max(0, timeout - ahead));
              s.end = setTimeout(() => show('ended', t.ended, t.signIn, () => location.reload()), timeout);
            };
            if (!s.listening) {
              s.listening = true;
              ['input', 'keydown', 'pointerdown'].forEach(type =>
                document.addEventListener(type, () => { s.active = true; }, true));
              const state = window.Vaadin && window.Vaadin.connectionState;
              if (state && state.addStateChangeListener) {
                state.addStateChangeListener((before, now) => { if (now === 'connected') s.restart(); });
              }
            }
            s.restart();
            """;
}
