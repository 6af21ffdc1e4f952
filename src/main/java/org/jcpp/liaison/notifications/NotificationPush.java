package org.jcpp.liaison.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells a person's open pages on this app instance that they have a new notification, once it is committed (the bell
 * then reads its count and list again, pushed to the browser). Pages on another instance see it at their next request
 * or refresh (issue 22 brings several instances).
 */
@Component
public class NotificationPush {

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();

    /** Calls {@code onNew} for each new notification of the account until the returned handle is run. */
    public Runnable listen(long accountId, Runnable onNew) {
        listeners
                .computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet())
                .add(onNew);
        return () -> listeners.computeIfPresent(accountId, (id, set) -> {
            set.remove(onNew);
            return set.isEmpty() ? null : set;
        });
    }

    void afterCommit(long accountId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(accountId);
                }
            });
        } else {
            tell(accountId);
        }
    }

    private void tell(long accountId) {
        listeners.getOrDefault(accountId, Set.of()).forEach(Runnable::run);
    }
}
