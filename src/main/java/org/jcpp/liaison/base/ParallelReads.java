package org.jcpp.liaison.base;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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

    private ParallelReads() {}

    /** Starts {@code read} now, beside the caller. */
    public static <T> CompletableFuture<T> start(Supplier<T> read) {
        return CompletableFuture.supplyAsync(read, READERS);
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
