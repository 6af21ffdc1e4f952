package org.jcpp.liaison.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditTrail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A sign-on the app refused: written to the audit trail with the reason (the provider's or the app's code: a
 * disabled account, a tampered or replayed answer, a token from another issuer or out of date), then the sign-in page
 * says so in words.
 */
@Component
class SsoRefused implements AuthenticationFailureHandler {

    private final AuditTrail audit;

    SsoRefused(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = exception instanceof OAuth2AuthenticationException o
                ? o.getError().getErrorCode()
                : "error";
        String who = SsoSignIn.DISABLED.equals(code) && exception.getMessage() != null
                ? exception.getMessage()
                : "(sign-on)";
        String why = exception instanceof OAuth2AuthenticationException o
                        && o.getError().getDescription() != null
                ? o.getError().getDescription()
                : String.valueOf(exception.getMessage());
        audit.signIn(
                who,
                AuditAction.LOGIN_FAILURE,
                "sign-on refused: " + code + " (" + why + ") from " + request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login?refused="
                + (SsoSignIn.DISABLED.equals(code) ? "disabled" : "provider"));
    }
}
