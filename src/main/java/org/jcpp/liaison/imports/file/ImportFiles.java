package org.jcpp.liaison.imports.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where uploaded files wait between the upload, the check and the import: a directory of the node
 * ({@code liaison.imports.directory}, by default under the system's temporary directory), each file under a random
 * name. A file is removed when its import ends, and any file older than a day is removed by {@link #removeOlderThan}.
 */
@Component
public class ImportFiles {

    private final Path directory;

    ImportFiles(@Value("${liaison.imports.directory:${java.io.tmpdir}/jcpp-liaison-imports}") Path directory) {
        this.directory = directory;
    }

    /** Moves an uploaded file in; returns its token. */
    public String keep(Path uploaded) {
        try {
            if (!Files.isDirectory(directory)) {
                // only the app's own user may read what waits here (an upload may name people in a column never read)
                Files.createDirectories(directory);
                try {
                    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the directory keeps what the system gives it
                }
            }
            String token = UUID.randomUUID().toString();
            Files.move(uploaded, directory.resolve(token), StandardCopyOption.REPLACE_EXISTING);
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of a token, if this node still has it. */
    public Optional<Path> find(String token) {
        if (!token.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        Path file = directory.resolve(token);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    public void remove(String token) {
        find(token).ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // removed by the next sweep
            }
        });
    }

    /** Removes files older than {@code age}; returns the tokens removed. */
    public List<String> removeOlderThan(Duration age) {
        var removed = new ArrayList<String>();
        if (!Files.isDirectory(directory)) {
            return removed;
        }
        Instant before = Instant.now().minus(age);
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                    Files.deleteIfExists(file);
                    removed.add(file.getFileName().toString());
                }
            }
        } catch (IOException e) {
            // the next sweep tries again
        }
        return removed;
    }
}
