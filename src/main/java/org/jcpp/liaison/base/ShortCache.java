package org.jcpp.liaison.base;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jcpp.liaison.base.database.DatabaseSignals;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Small, rarely changing lists (the names of cities, languages, accounts …) read by every view: kept for a short while
 * and shared by all sessions instead of being read and held by each view. A cache made with {@link #shared} is one
 * cache across app nodes: {@link #clearAfterCommit()} makes every node that shares the database forget it when the
 * change commits ({@link DatabaseSignals}; the time to live only bounds what a lost signal could leave). A cache made
 * with the constructor is this node's alone and another node's change shows here within the time to live.
 */
public final class ShortCache {

    /** The topic of the signal that makes every node forget a shared cache; its detail is the cache's name. */
    static final String SIGNAL = "cache";

    private record Entry(Object value, long loadedAt, long generation) {}

    private final long ttlNanos;
    private final ConcurrentHashMap<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong clears = new AtomicLong();
    private final @Nullable String name;
    private final @Nullable DatabaseSignals signals;

    /** The read-only transaction a missing value is read in, if the cache was made with one. */
    private final @Nullable TransactionTemplate reading;

    public ShortCache(Duration timeToLive) {
        this(timeToLive, null, null, null);
    }

    private ShortCache(
            Duration timeToLive,
            @Nullable String name,
            @Nullable DatabaseSignals signals,
            @Nullable PlatformTransactionManager transactions) {
        this.ttlNanos = timeToLive.toNanos();
        this.name = name;
        this.signals = signals;
        if (transactions == null) {
            this.reading = null;
        } else {
            this.reading = new TransactionTemplate(transactions);
            this.reading.setReadOnly(true);
        }
    }

    /**
     * A cache that every app node forgets when one of them changes what it holds. Caches of the same name are
     * forgotten together (one module's change of its accounts also clears another's view of their names).
     */
    public static ShortCache shared(String name, Duration timeToLive, DatabaseSignals signals) {
        return shared(name, timeToLive, signals, null);
    }

    /**
     * A shared cache ({@link #shared(String, Duration, DatabaseSignals)}) that reads a missing value in a short
     * read-only transaction of its own (or in the caller's, if it has one). The methods that serve its values should
     * start no transaction themselves ({@code @Transactional(propagation = Propagation.SUPPORTS)}): then a kept value
     * is served without taking a connection from the pool, which every view opening would otherwise do to read nothing.
     */
    public static ShortCache shared(
            String name,
            Duration timeToLive,
            DatabaseSignals signals,
            @Nullable PlatformTransactionManager transactions) {
        var cache = new ShortCache(timeToLive, name, signals, transactions);
        signals.on(SIGNAL, detail -> {
            if (detail.equals(name) || detail.equals(DatabaseSignals.RESET)) {
                cache.clear();
            }
        });
        return cache;
    }

    /** The value under {@code key}, loaded by {@code load} when missing or older than the time to live. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        long now = System.nanoTime();
        long generation = clears.get();
        Entry entry = entries.get(key);
        // an entry loaded before the last clear is never used, even one put after it (its load raced a change)
        if (entry == null || now - entry.loadedAt() > ttlNanos || entry.generation() != generation) {
            T value = reading == null ? load.get() : java.util.Objects.requireNonNull(reading.execute(s -> load.get()));
            entry = new Entry(value, now, generation);
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

    /**
     * Forgets everything now and once the current transaction commits (at once without one); a shared cache is
     * forgotten on every node when the transaction commits.
     */
    public void clearAfterCommit() {
        clear();
        if (signals != null && name != null) {
            signals.send(SIGNAL, name); // this node's caches of the name are cleared after the commit as well
        }
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
