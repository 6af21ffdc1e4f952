package org.jcpp.liaison.base.database;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every app node sharing the database that something changed, through PostgreSQL's {@code LISTEN/NOTIFY} on the
 * channel {@value #CHANNEL}: a node forgets a cached list, ends the sessions of an account whose rights changed, or
 * rings a bell on an open page. A signal sent in a transaction reaches the other nodes when (and only if) it commits,
 * as PostgreSQL delivers a notification at commit; this node hears its own signal at once after the commit.
 *
 * <p>A signal is {@code origin|topic|detail}: the origin names the node that sent it ({@code db} for a trigger), so a
 * node does not act twice on its own. Each node keeps one of its pool's connections listening, and asks the database
 * something every {@value #KEEPALIVE_SECONDS} seconds on it, so that a connection dropped silently on the way is
 * noticed. When it is lost, the node opens a new one and tells every handler {@link #RESET}: it may have missed signals
 * in between (a cache then forgets everything). Signals from other nodes are handled one after the other on a thread
 * of their own, so a slow handler (a push to a browser) never holds up listening.
 */
@Component
public class DatabaseSignals implements SmartLifecycle {

    public static final String CHANNEL = "liaison_signals";
    /** The detail a handler gets after the listening connection was lost: anything may have changed meanwhile. */
    public static final String RESET = "*";

    private static final Logger log = LoggerFactory.getLogger(DatabaseSignals.class);
    private static final Duration RETRY = Duration.ofSeconds(2);
    static final int KEEPALIVE_SECONDS = 30;
    /** How the listening connection is named in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "liaison-signals";

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final String origin = UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final ExecutorService handling = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("database-signals-handling").factory());
    private volatile boolean running;
    private volatile boolean listening;
    private volatile @org.jspecify.annotations.Nullable Thread listener;

    DatabaseSignals(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Calls {@code handler} with the detail of every signal of {@code topic} from another node (or the database). */
    public void on(String topic, Consumer<String> handler) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /**
     * Sends a signal to every other node once the current transaction commits (at once without one) and hands it to
     * this node's own handlers after the commit.
     */
    public void send(String topic, String detail) {
        if (topic.contains("|")) {
            throw new IllegalArgumentException("a topic has no '|': " + topic);
        }
        jdbc.queryForObject("SELECT pg_notify(?, ?)::text", String.class, CHANNEL, origin + "|" + topic + "|" + detail);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(topic, detail);
                }
            });
        } else {
            deliver(topic, detail);
        }
    }

    /** Whether this node is listening now (after a lost connection, until it is back). */
    public boolean listening() {
        return listening;
    }

    private void deliver(String topic, String detail) {
        for (var handler : handlers.getOrDefault(topic, List.of())) {
            try {
                handler.accept(detail);
            } catch (RuntimeException e) {
                log.warn("A handler of the signal {} failed", topic, e);
            }
        }
    }

    /** Another node's signal (or the database's), handled on the handling thread. */
    private void deliverLater(String topic, String detail) {
        handling.execute(() -> deliver(topic, detail));
    }

    private void received(PGNotification notification) {
        String[] parts = notification.getParameter().split("\\|", 3);
        if (parts.length == 3 && !parts[0].equals(origin)) {
            deliverLater(parts[1], parts[2]);
        }
    }

    private void listen() {
        boolean first = true;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement sql = connection.createStatement()) {
                    sql.execute("SET application_name = '" + APPLICATION_NAME + "'"); // named in pg_stat_activity
                    sql.execute("LISTEN " + CHANNEL);
                }
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                listening = true;
                if (!first) {
                    log.info("Listening to the other app nodes' signals again");
                    handlers.keySet().forEach(topic -> deliverLater(topic, RESET));
                }
                first = false;
                var pg = connection.unwrap(PGConnection.class);
                long asked = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (var notification : notifications) {
                            received(notification);
                        }
                    }
                    if (System.nanoTime() - asked
                            > Duration.ofSeconds(KEEPALIVE_SECONDS).toNanos()) {
                        try (Statement sql = connection.createStatement()) {
                            sql.execute("SELECT 1"); // fails on a connection dropped without a word
                        }
                        asked = System.nanoTime();
                    }
                }
            } catch (Throwable e) { // whatever it was, listen again rather than stop hearing the other nodes
                listening = false;
                if (running) {
                    log.warn("Lost the connection that hears other app nodes' signals; trying again", e);
                    first = false;
                    try {
                        Thread.sleep(RETRY);
                    } catch (InterruptedException stop) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
        listening = false;
    }

    @Override
    public void start() {
        running = true;
        listener = Thread.ofPlatform().daemon().name("database-signals").start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        handling.shutdown();
        var thread = listener;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(3));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts early (caches and sessions rely on it) and stops late. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }
}
