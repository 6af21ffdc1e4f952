package org.jcpp.liaison.base.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes an embedded data directory safe to start on: refuses when another app holds it, and stops a PostgreSQL server
 * that an earlier, killed app left running (its {@code postmaster.pid} names a live postgres process).
 */
final class DataDirectoryGuard {

    /** The lock file zonky's EmbeddedPostgres holds while an app uses the directory. */
    static final String LOCK_FILE = "epg-lock";

    private static final Logger log = LoggerFactory.getLogger(DataDirectoryGuard.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private DataDirectoryGuard() {}

    static void prepare(Path directory) throws IOException {
        Files.createDirectories(directory);
        ensureNotInUse(directory);
        stopLeftoverServer(directory);
    }

    static void ensureNotInUse(Path directory) throws IOException {
        Path lockFile = directory.resolve(LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUseException(directory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new DataDirectoryInUseException(directory);
        }
    }

    private static void stopLeftoverServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> server =
                readPid(pidFile).flatMap(ProcessHandle::of).filter(DataDirectoryGuard::isPostgres);
        if (server.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself detects and replaces it
        }
        ProcessHandle process = server.get();
        log.warn(
                "Found a PostgreSQL server (pid {}) left running on {} by an earlier run that did not shut down "
                        + "(a crash or kill -9). Stopping it before starting the database again.",
                process.pid(),
                directory);
        process.destroy(); // SIGTERM: PostgreSQL's smart shutdown, clean once its dead clients are gone
        if (!waitForExit(process)) {
            log.warn("PostgreSQL (pid {}) did not stop within {}; forcing it.", process.pid(), STOP_WAIT);
            process.destroyForcibly(); // PostgreSQL recovers from its write-ahead log at the next start
            waitForExit(process);
        }
        log.info("The leftover PostgreSQL server has stopped; starting a new one on the same data.");
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try {
            return Files.readAllLines(pidFile).stream()
                    .findFirst()
                    .map(String::trim)
                    .map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.isAlive()
                && process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }

    private static boolean waitForExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }

    /** Thrown when another running app uses the same embedded data directory. */
    static final class DataDirectoryInUseException extends IllegalStateException {
        DataDirectoryInUseException(Path directory) {
            super("Another JCPP Liaison app is already running on the embedded database in " + directory
                    + ". Stop that app first, or start this one with another data directory (LIAISON_DATA_DIR).");
        }
    }
}
