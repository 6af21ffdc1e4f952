package org.jcpp.liaison.accounts.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.base.database.DatabaseSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Ends an account's sessions on this app node within a second of its rights changing on any node. The database moves
 * the account's security stamp (changeset 0019) and signals it to every node (changeset 0057, {@link DatabaseSignals});
 * each node then ends those of the account's sessions it holds whose stamp is no longer the account's. This frees them
 * at once; what guarantees that a stale session can do nothing is {@link AccountStateFilter}, which checks the stamp
 * on every request (it needs no signal, so a signal lost while a node reconnects leaves no hole).
 *
 * <p>The sessions are known from the requests the filter lets through (this node's only: a session lives on the node
 * the proxy keeps it on). A session is looked at a second after the signal: a person who changed their own password
 * moved the stamp too, and the session that did it takes the new stamp just after the commit (it stays signed in).
 */
@Component
public class AccountSessions implements HttpSessionListener {

    static final String SIGNAL = "account";

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final Map<Long, Set<HttpSession>> byAccount = new ConcurrentHashMap<>();
    private final Map<HttpSession, Long> accountBySession = new ConcurrentHashMap<>();
    private final UserAccountRepository accounts;
    private final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("account-sessions").factory());

    AccountSessions(UserAccountRepository accounts, DatabaseSignals signals) {
        this.accounts = accounts;
        signals.on(
                SIGNAL,
                detail -> later.schedule(
                        () -> {
                            if (detail.equals(DatabaseSignals.RESET)) {
                                Set.copyOf(byAccount.keySet()).forEach(this::endStale);
                            } else {
                                endStale(Long.parseLong(detail));
                            }
                        },
                        1,
                        TimeUnit.SECONDS));
    }

    /** A request of a current session of the account (called by the filter after its check). */
    void seen(long accountId, HttpSession session) {
        if (accountBySession.putIfAbsent(session, accountId) == null) {
            byAccount
                    .computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet())
                    .add(session);
            if (!accountBySession.containsKey(session)) {
                forget(session, accountId); // it ended in between
            }
        }
    }

    /** How many sessions of the account this node holds. */
    public int count(long accountId) {
        return byAccount.getOrDefault(accountId, Set.of()).size();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        forget(event.getSession());
    }

    private void forget(HttpSession session) {
        Long accountId = accountBySession.remove(session);
        if (accountId != null) {
            forget(session, accountId);
        }
    }

    private void forget(HttpSession session, long accountId) {
        byAccount.computeIfPresent(accountId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    private void endStale(long accountId) {
        var sessions = byAccount.get(accountId);
        if (sessions == null) {
            return;
        }
        var stamp = accounts.currentSecurityStamp(accountId);
        for (HttpSession session : Set.copyOf(sessions)) {
            try {
                long held = stampOf(session);
                if (stamp.isEmpty() || stamp.get() != held) {
                    log.info("Ended a session of account {}: its rights changed on some app node", accountId);
                    session.invalidate();
                }
            } catch (IllegalStateException alreadyEnded) {
                forget(session);
            }
        }
    }

    /** The stamp the session signed in with; -1 for a session no longer signed in as anyone. */
    private static long stampOf(HttpSession session) {
        var context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security
                ? AccountPrincipal.of(security.getAuthentication())
                        .map(AccountPrincipal::securityStamp)
                        .orElse(-1L)
                : -1L;
    }
}
