package org.jcpp.liaison.accounts.security;

import java.time.Duration;
import java.time.Instant;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 5 wrong passwords within 15 minutes (an admin can unlock it sooner). The
 * sign-in page says the same thing for a locked account as for a wrong password. Lockouts are audited.
 */
@Component
class SignInGuard {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    private final UserAccountRepository accounts;
    private final AuditTrail audit;

    SignInGuard(UserAccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        Instant now = Instant.now();
        if (accounts.countFailedLogin(username, now, now.minus(WINDOW)) == 0) {
            return; // no such account: nothing to lock
        }
        Integer failures = accounts.failedLogins(username);
        if (failures != null && failures >= MAX_FAILURES) {
            accounts.lock(username, now.plus(LOCK));
            audit.signIn(
                    username,
                    AuditAction.LOCKOUT,
                    MAX_FAILURES + " wrong passwords within " + WINDOW.toMinutes() + " minutes");
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.clearFailedLogins(event.getAuthentication().getName());
    }
}
