package org.jcpp.liaison.imports;

import java.time.Duration;

/** Waits for a batch's background check or import (called as the batch's owner). */
final class ImportRuns {

    private ImportRuns() {}

    static ImportBatchDetails awaitDone(ImportService imports, long id) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            var batch = imports.batch(id);
            if (!batch.status().running()) {
                return batch;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("batch " + id + " still running");
    }
}
