package org.jcpp.liaison.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jcpp.liaison.base.database.DatabaseSignals;
import org.springframework.stereotype.Component;

/**
 * Tells a person's open pages that they have a new notification, once it is committed (the bell then reads its count
 * and list again, pushed to the browser): on this app node and, through the database, on every other node where the
 * person has a page open.
 */
@Component
public class NotificationPush {

    private static final String SIGNAL = "bell";

    private final Map<Long, Set<Runnable>> listeners = new ConcurrentHashMap<>();
    private final DatabaseSignals signals;

    NotificationPush(DatabaseSignals signals) {
        this.signals = signals;
        signals.on(SIGNAL, detail -> {
            if (!detail.equals(DatabaseSignals.RESET)) {
                tell(Long.parseLong(detail));
            }
        });
    }

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
        signals.send(SIGNAL, Long.toString(accountId));
    }

    private void tell(long accountId) {
        listeners.getOrDefault(accountId, Set.of()).forEach(Runnable::run);
    }
}
