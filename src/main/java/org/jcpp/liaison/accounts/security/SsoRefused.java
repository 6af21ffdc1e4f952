package org.jcpp.liaison.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A sign-on the app refused: written to the audit trail with the reason's code, then the sign-in page says so in
 * words. Only the app's own refusal (a disabled account) names an account; any other code may come from whoever
 * called the sign-on's return address, so it is kept only when it is a plain code, its description never, and an
 * address that used up its allowance of failed sign-ins writes nothing more.
 */
@Component
class SsoRefused implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SsoRefused.class);
    private static final Pattern PLAIN_CODE = Pattern.compile("[a-z_]{1,40}");

    private final AuditTrail audit;
    private final SignInThrottle throttle;

    SsoRefused(AuditTrail audit, SignInThrottle throttle) {
        this.audit = audit;
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String address = request.getRemoteAddr();
        String code;
        String who;
        if (exception instanceof AccountDisabled disabled) {
            code = "account_disabled";
            who = disabled.username();
        } else {
            String given = exception instanceof OAuth2AuthenticationException o
                    ? o.getError().getErrorCode()
                    : "";
            code = given != null && PLAIN_CODE.matcher(given).matches() ? given : "provider_error";
            who = "(sign-on)";
        }
        if (throttle.tryAttempt(address, who)) {
            audit.signIn(who, AuditAction.LOGIN_FAILURE, "sign-on refused: " + code + " from " + address);
        } else {
            log.info(
                    "Refused a sign-on from {} ({}); not audited again: the address used up its allowance",
                    address,
                    code);
        }
        response.sendRedirect(request.getContextPath() + "/login?refused="
                + (exception instanceof AccountDisabled ? "disabled" : "provider"));
    }

    /** The app's own refusal: the account linked to this person is disabled in the app. */
    static final class AccountDisabled extends OAuth2AuthenticationException {

        private final String username;

        AccountDisabled(String username) {
            super(new OAuth2Error("account_disabled", "the account is disabled in the app", null));
            this.username = username;
        }

        String username() {
            return username;
        }
    }
}
