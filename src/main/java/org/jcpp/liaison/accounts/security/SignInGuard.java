package org.jcpp.liaison.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Feeds sign-in results to the {@link SignInThrottle} and refuses a sign-in from an address that used up its allowance
 * before its password is even checked (each attempt takes its token first) (the sign-in page then says to wait or use another network). The address is the
 * client's: Tomcat takes it from X-Forwarded-For only when the request came through a trusted proxy.
 */
@Component
class SignInGuard {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SignInGuard.class);

    private final SignInThrottle throttle;
    private final SsoSettings signOn;
    private final org.jcpp.liaison.audit.AuditTrail audit;

    SignInGuard(SignInThrottle throttle, SsoSettings signOn, org.jcpp.liaison.audit.AuditTrail audit) {
        this.throttle = throttle;
        this.signOn = signOn;
        this.audit = audit;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        address(event.getAuthentication())
                .ifPresent(address -> throttle.failed(
                        address, String.valueOf(event.getAuthentication().getName())));
    }

    /** A right password gives the address its attempt back; a sign-on through the provider does not. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication()
                instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken)) {
            return;
        }
        address(event.getAuthentication())
                .ifPresent(address ->
                        throttle.succeeded(address, event.getAuthentication().getName()));
    }

    /** The filter in front of the sign-in form's POST. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String username = String.valueOf(request.getParameter("username"));
                if (!signOn.allowsLocalPassword(username)) {
                    // local passwords are off: whoever this is (an account or not), the page says to use the
                    // organisation's sign-in; the password is not checked. Throttled like a wrong password, so the
                    // trail is not filled by one address
                    if (throttle.tryAttempt(request.getRemoteAddr(), username)) {
                        throttle.failed(request.getRemoteAddr(), username);
                        audit.signIn(
                                plain(username),
                                org.jcpp.liaison.audit.AuditAction.LOGIN_FAILURE,
                                "local sign-in refused: local passwords are off (sign-on only) from "
                                        + request.getRemoteAddr());
                    }
                    response.sendRedirect(request.getContextPath() + "/login?sso-only");
                    return;
                }
                if (!throttle.tryAttempt(request.getRemoteAddr(), username)) {
                    // not audited one by one (anyone could fill the append-only trail): the SIGN_IN_THROTTLED entry
                    // written when the allowance ran out says it
                    log.info("Refused a sign-in from {}: too many wrong passwords", request.getRemoteAddr());
                    response.sendRedirect(request.getContextPath() + "/login?throttled");
                    return;
                }
                chain.doFilter(request, response);
            }

            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI()
                        .substring(request.getContextPath().length());
                return !"POST".equals(request.getMethod()) || !"/login".equals(path);
            }
        };
    }

    /** A typed username as the trail may keep it: printable, at most the length of a username. */
    private static String plain(String typed) {
        String printable = typed.replaceAll("\\p{Cntrl}", " ").strip();
        return printable.substring(
                0, Math.min(printable.length(), org.jcpp.liaison.accounts.AccountLimits.USERNAME_MAX));
    }

    private static java.util.Optional<String> address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? java.util.Optional.of(details.getRemoteAddress())
                : java.util.Optional.empty();
    }
}
