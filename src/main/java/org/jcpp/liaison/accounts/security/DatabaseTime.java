package org.jcpp.liaison.accounts.security;

import io.github.bucket4j.TimeMeter;
import java.util.concurrent.TimeUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's clock, for the sign-in allowances that every app node shares: a node whose own clock is off counts
 * an allowance's refill as the others do. The offset of this node's clock from the database's is measured once a
 * minute (one statement, half its round trip allowed for), so reading the time costs no statement.
 */
final class DatabaseTime implements TimeMeter {

    private static final long REMEASURE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final JdbcTemplate jdbc;
    private volatile long offsetMillis;
    private volatile long measuredAt;
    private volatile boolean measured;

    DatabaseTime(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long currentTimeNanos() {
        if (!measured || System.nanoTime() - measuredAt > REMEASURE_NANOS) {
            measure();
        }
        return TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis() + offsetMillis);
    }

    /** How far the database's clock is ahead of this node's, in milliseconds (as last measured). */
    long offsetMillis() {
        return offsetMillis;
    }

    private synchronized void measure() {
        if (measured && System.nanoTime() - measuredAt <= REMEASURE_NANOS) {
            return; // another thread measured while this one waited
        }
        long before = System.currentTimeMillis();
        Long database =
                jdbc.queryForObject("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint", Long.class);
        long after = System.currentTimeMillis();
        if (database != null) {
            offsetMillis = database - (before + after) / 2;
        }
        measuredAt = System.nanoTime();
        measured = true;
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
