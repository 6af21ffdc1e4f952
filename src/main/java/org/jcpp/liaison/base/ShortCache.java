package org.jcpp.liaison.base;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Small, rarely changing lists (the names of cities, languages, accounts …) read by every view: kept for a short while
 * and shared by all sessions instead of being read and held by each view. This instance forgets them at once when it
 * changes them ({@link #clear()}); another app instance's change shows here within the time to live.
 */
public final class ShortCache {

    private record Entry(Object value, long loadedAt) {}

    private final long ttlNanos;
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong clears = new AtomicLong();

    public ShortCache(Duration timeToLive) {
        this.ttlNanos = timeToLive.toNanos();
    }

    /** The value under {@code key}, loaded by {@code load} when missing or older than the time to live. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry == null || now - entry.loadedAt() > ttlNanos) {
            long generation = clears.get();
            entry = new Entry(load.get(), now);
            // a load that raced with a change may hold the old value: use it this once, do not keep it
            if (clears.get() == generation) {
                entries.put(key, entry);
            }
        }
        return (T) entry.value();
    }

    public void clear() {
        clears.incrementAndGet();
        entries.clear();
    }

    /** Forgets everything once the current transaction commits (at once without one). */
    public void clearAfterCommit() {
        clear();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }
}
