package org.jcpp.liaison.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;

/**
 * Independent reads of one screen, run at once: each on a virtual thread of its own with the caller's sign-in, so the
 * services' own checks of who may read what apply as before, and the screen waits for all before it shows them. A
 * screen of many summary statements (the dashboard) then waits for its slowest statement, not for their sum. For
 * aggregate reads only, which touch no component: each runs in a read transaction of its own, as they did one after
 * the other.
 */
public final class ParallelReads {

    private static final Executor READERS =
            new DelegatingSecurityContextExecutor(Executors.newVirtualThreadPerTaskExecutor());

    /**
     * Reads running beside their callers, across all users: at most eight (one dashboard starts eight), so that a few
     * dashboards opened at once do not take the connection pool (ten) from everyone else. A read that finds no room runs
     * in its caller, at once. A read holds a connection only while its statements run and waits for nothing meanwhile.
     * A caller should wait holding none: outside a transaction, its own reads in short transactions of their own (as
     * {@code ReportQueries} does). A caller inside a transaction (a PDF or CSV export) holds that one while it waits:
     * ten such exports at once would hold the pool, and their reads would fail after the pool's 30 s wait.
     */
    private static final Semaphore ROOM = new Semaphore(8);

    private ParallelReads() {}

    /** Starts {@code read} beside the caller when there is room, else runs it now in the caller. */
    public static <T> CompletableFuture<T> start(Supplier<T> read) {
        if (!ROOM.tryAcquire()) {
            try {
                return CompletableFuture.completedFuture(read.get());
            } catch (RuntimeException | Error e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        try {
            return CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return read.get();
                        } finally {
                            ROOM.release();
                        }
                    },
                    READERS);
        } catch (RuntimeException e) {
            ROOM.release(); // not started
            throw e;
        }
    }

    /** Waits for a read started by {@link #start}; what it threw is thrown here, as if it had run in the caller. */
    public static <T> T result(CompletableFuture<T> started) {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
