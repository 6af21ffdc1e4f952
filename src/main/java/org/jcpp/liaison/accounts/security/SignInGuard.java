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
 * Locks an account for 15 minutes after 5 wrong passwords within 15 minutes of the first (an admin can unlock it
 * sooner). The sign-in page says the same thing for a locked account as for a wrong password. Lockouts are audited.
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
        // the account is found exactly as sign-in finds it, so no spelling of the name escapes the count
        String typed = String.valueOf(event.getAuthentication().getName()).strip();
        var account = accounts.findByUsernameIgnoreCase(typed);
        if (account.isEmpty()) {
            return; // no such account: nothing to lock
        }
        Instant now = Instant.now();
        long id = account.get().getId();
        accounts.countFailedLogin(id, now, now.minus(WINDOW));
        if (accounts.failedLogins(id) >= MAX_FAILURES) {
            accounts.lock(id, now.plus(LOCK));
            audit.signIn(
                    account.get().getUsername(),
                    AuditAction.LOCKOUT,
                    MAX_FAILURES + " wrong passwords within " + WINDOW.toMinutes() + " minutes");
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(AuthenticationSuccessEvent event) {
        accounts.findByUsernameIgnoreCase(event.getAuthentication().getName().strip())
                .ifPresent(account -> accounts.clearFailedLogins(account.getId()));
    }
}
