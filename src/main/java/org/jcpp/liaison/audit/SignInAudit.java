package org.jcpp.liaison.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Every sign-in, successful or not, is in the audit trail. */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        audit.signIn(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCESS, "");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.signIn(
                String.valueOf(event.getAuthentication().getName()),
                AuditAction.LOGIN_FAILURE,
                event.getException().getClass().getSimpleName());
    }
}
