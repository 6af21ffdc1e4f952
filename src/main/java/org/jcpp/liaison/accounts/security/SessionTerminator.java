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

    /** Expires the account's sessions; its next request goes to the sign-in page. Returns how many there were. */
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
