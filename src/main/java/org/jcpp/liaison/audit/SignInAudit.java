package org.jcpp.liaison.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or not, is in the audit trail with the address it came from. */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        audit.signIn(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCESS, from(event));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.signIn(
                String.valueOf(event.getAuthentication().getName()),
                AuditAction.LOGIN_FAILURE,
                event.getException().getClass().getSimpleName() + " " + from(event));
    }

    /** "from 203.0.113.7" (the client's address; see the forwarded-header settings), or empty off the web. */
    private static String from(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? "from " + details.getRemoteAddress()
                : "";
    }
}
