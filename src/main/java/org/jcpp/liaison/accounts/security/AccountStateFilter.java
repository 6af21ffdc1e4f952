package org.jcpp.liaison.accounts.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every request that the signed-in account is still what it was when the session signed in: it exists, is
 * enabled, and its security stamp (moved by the database whenever its role, its cities' reach, its password or its
 * enabled flag change) is the one the session holds. Otherwise the session is ended and the request goes on as
 * anonymous: a page is sent to the sign-in page, a Vaadin call gets "session expired" and the browser reloads to it.
 *
 * <p>One primary-key read per request, against the shared database, so an admin's change on any app node ends the
 * account's sessions on every node at their next request. Only the app's static files (scripts, styles, icons) are
 * not checked: downloads ({@code /VAADIN/dynamic/…}) and everything else are.
 */
class AccountStateFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AccountStateFilter.class);

    private final UserAccountRepository accounts;
    private final AccountSessions sessions;

    AccountStateFilter(UserAccountRepository accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (AccountPrincipal.of(authentication).orElse(null) instanceof AccountPrincipal principal) {
            boolean current = accounts.currentSecurityStamp(principal.accountId())
                    .filter(stamp -> stamp == principal.securityStamp())
                    .isPresent();
            if (!current) {
                log.info("Ended a session of {}: the account was disabled or its rights changed", principal);
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (request.getSession(false) instanceof HttpSession session) {
                sessions.seen(principal.accountId(), session);
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/build/")
                || path.startsWith("/VAADIN/static/")
                || path.startsWith("/styles/")
                || path.startsWith("/icons/")
                || path.startsWith("/lumo/");
    }
}
