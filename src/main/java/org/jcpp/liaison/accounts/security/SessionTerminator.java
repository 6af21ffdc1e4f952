package org.jcpp.liaison.accounts.security;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends every session of an account: used when an admin disables it or changes its role or cities' rights. */
@Component
public class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    /**
     * Expires the account's sessions once the current transaction commits (so a sign-in in between cannot see the
     * account still enabled); at once when there is no transaction. Its next request goes to the sign-in page.
     */
    public void endSessionsAfterCommit(long accountId) {
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            endSessionsOf(accountId);
                        }
                    });
        } else {
            endSessionsOf(accountId);
        }
    }

    /** Expires the account's sessions now. Returns how many there were. */
    public int endSessionsOf(long accountId) {
        int ended = 0;
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof AccountPrincipal account && account.accountId() == accountId) {
                for (var session : sessions.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }
}
