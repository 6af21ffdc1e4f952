package org.jcpp.liaison.base.database;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The generated passwords of the embedded database's two roles: the superuser that owns the schema and runs the
 * migrations, and the app's role. Generated on the first start and kept in {@value #FILE} inside the data directory,
 * readable by its owner only, so they travel with the data (a backup of the directory restores both).
 */
record EmbeddedPasswords(String superuser, String app) {

    static final String FILE = "liaison-passwords.properties";

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final SecureRandom random = new SecureRandom();

    static EmbeddedPasswords generate() {
        return new EmbeddedPasswords(randomPassword(), randomPassword());
    }

    /** The passwords stored in a data directory, if it has them. */
    static Optional<EmbeddedPasswords> read(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String superuser = properties.getProperty("superuser", "");
        String app = properties.getProperty("app", "");
        if (superuser.isBlank() || app.isBlank()) {
            throw new IllegalStateException("The password file " + file + " of the embedded database is incomplete.");
        }
        return Optional.of(new EmbeddedPasswords(superuser, app));
    }

    /** Stores the passwords in the data directory unless it already has them; the file is readable by its owner only. */
    void writeIfAbsent(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file)) {
            return;
        }
        Files.writeString(createOwnerOnly(file), """
                # JCPP Liaison: the generated passwords of this embedded database's roles (scram-sha-256).
                # Keep this file private and with the data: without it the app cannot connect.
                superuser=%s
                app=%s
                """.formatted(superuser, app), StandardCharsets.UTF_8);
    }

    /** A file readable by its owner only, holding the superuser's password for initdb; the caller deletes it. */
    Path superuserPasswordFile(Path directory) throws IOException {
        Path file = createOwnerOnly(directory.resolve(".liaison-initdb-" + System.nanoTime()));
        Files.writeString(file, superuser + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static Path createOwnerOnly(Path file) throws IOException {
        try {
            FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createFile(file, ownerOnly);
        } catch (UnsupportedOperationException e) { // not a POSIX file system (Windows): the directory's rights apply
            return Files.createFile(file);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedPasswords[hidden]";
    }
}
