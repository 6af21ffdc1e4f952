package org.jcpp.liaison.base.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL server from Maven-packaged binaries when no {@code spring.datasource.url} is configured,
 * and builds the application's DataSource from it (so Boot's own DataSource auto-configuration backs off).
 *
 * <p>The data directory persists between runs. fsync and synchronous commit are on, unlike zonky's defaults, so a
 * crash loses nothing that was committed. A server left running by a killed app is stopped before the new one starts;
 * a second app on the same data directory is refused with a clear message.
 *
 * <p>Every connection needs a password (scram-sha-256; zonky's default is to trust every local connection). The
 * superuser owns the schema and runs the migrations ({@link LiquibaseDataSource}); the app connects as its own role,
 * which may only read and write rows (the grants are a migration, {@code app-role-grants.sql}). Both passwords are
 * generated on the first start and kept in the data directory ({@link EmbeddedPasswords}). A data directory of an
 * older version (trust, one role) is upgraded when it starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    static final String SUPERUSER = "postgres";
    static final String DEFAULT_APP_ROLE = "liaison_app";
    static final String DATABASE = "postgres";

    /** The client authentication of the embedded server: a password for everyone, local connections only. */
    static final String PG_HBA = """
            # Written by JCPP Liaison: every connection needs a password (scram-sha-256), local connections only.
            # The passwords are generated on the first start and kept in %s in this directory.
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """.formatted(EmbeddedPasswords.FILE);

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedDatabase embeddedDatabase(
            @Value("${liaison.database.data-dir}") String dataDir,
            @Value("${liaison.database.port:0}") int port,
            @Value("${liaison.database.throwaway:false}") boolean throwaway,
            @Value("${liaison.database.app-role:" + DEFAULT_APP_ROLE + "}") String appRole)
            throws IOException {
        return start(Path.of(dataDir), port, throwaway, appRole);
    }

    /** The app's connections: its own role, which may only read and write rows. */
    @Bean(destroyMethod = "close")
    @Primary
    HikariDataSource dataSource(EmbeddedDatabase database) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.appRole());
        config.setPassword(database.passwords().app());
        config.setPoolName("liaison-embedded");
        config.setMaximumPoolSize(10);
        // as spring.datasource.hikari.data-source-properties gives an external database: a batch of inserts is sent
        // as one multi-row INSERT
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** The migrations' connections: the superuser, owner of the schema. */
    @Bean
    @LiquibaseDataSource
    DataSource ownerDataSource(EmbeddedDatabase database) {
        return database.postgres().getPostgresDatabase();
    }

    /** A running embedded server, its passwords and the name of the app's role. */
    record EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedPasswords passwords, String appRole)
            implements AutoCloseable {

        String jdbcUrl() {
            return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
        }

        @Override
        public void close() throws IOException {
            postgres.close();
        }
    }

    static EmbeddedDatabase start(Path dataDir, int port, boolean throwaway) throws IOException {
        return start(dataDir, port, throwaway, DEFAULT_APP_ROLE);
    }

    /**
     * Starts PostgreSQL on a data directory. A throwaway server (tests) starts from an empty directory, skips fsync and
     * deletes its data when closed; otherwise the data persists and every commit is durable.
     */
    static EmbeddedDatabase start(Path dataDir, int port, boolean throwaway, String appRole) throws IOException {
        if (!ROLE_NAME.matcher(appRole).matches() || appRole.equals(SUPERUSER)) {
            throw new IllegalArgumentException("liaison.database.app-role must be a lower-case SQL name other than "
                    + SUPERUSER + ", not '" + appRole + "'");
        }
        Path directory = dataDir.toAbsolutePath().normalize();
        DataDirectoryGuard.prepare(directory);
        boolean fresh = !Files.exists(directory.resolve("postgresql.conf")); // zonky runs initdb
        boolean secured = !fresh && PG_HBA.equals(readHba(directory));
        Optional<EmbeddedPasswords> stored = fresh ? Optional.empty() : EmbeddedPasswords.read(directory);
        if (secured && stored.isEmpty()) {
            throw new IllegalStateException("The embedded database in " + directory + " needs passwords, but its file "
                    + EmbeddedPasswords.FILE + " is missing. Restore it from the backup of that directory.");
        }
        EmbeddedPasswords passwords = stored.orElseGet(EmbeddedPasswords::generate);

        String durable = throwaway ? "off" : "on";
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(throwaway)
                .setPort(port)
                .setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable)
                .setServerConfig("password_encryption", "scram-sha-256")
                .setLocaleConfig("locale", "C.UTF-8")
                .setConnectConfig("password", passwords.superuser())
                .setDataDirectoryCustomizer(dir -> {
                    try {
                        passwords.writeIfAbsent(directory);
                        if (fresh) {
                            writeHba(directory);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        Path initdbPassword = null;
        EmbeddedPostgres postgres;
        try {
            if (fresh) { // initdb (zonky passes these on) sets the superuser's password and password authentication
                initdbPassword = passwords.superuserPasswordFile(java.util.Objects.requireNonNull(
                        directory.toAbsolutePath().getParent()));
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPassword.toString());
            }
            postgres = builder.start();
        } finally {
            if (initdbPassword != null) {
                Files.deleteIfExists(initdbPassword);
            }
        }
        var database = new EmbeddedDatabase(postgres, passwords, appRole);
        try {
            secureRoles(database);
            if (!fresh && !secured) {
                writeHba(directory);
                reloadConfiguration(postgres);
                log.warn(
                        "Upgraded the embedded database in {}: it trusted every local connection; now every connection "
                                + "needs a password (scram-sha-256), the app connects as the role {} (rows only) and "
                                + "the passwords are in {} there.",
                        directory,
                        appRole,
                        EmbeddedPasswords.FILE);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IllegalStateException("Could not secure the embedded database in " + directory, e);
        }
        log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(), directory);
        return database;
    }

    /** Sets the superuser's password (an upgraded directory had none) and creates or updates the app's role. */
    private static void secureRoles(EmbeddedDatabase database) throws SQLException {
        String role = database.appRole();
        try (Connection connection = database.postgres().getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("SET password_encryption = 'scram-sha-256'");
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '"
                    + database.passwords().superuser() + "'");
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + "; END IF; END $$");
            sql.execute("ALTER ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS"
                    + " PASSWORD '" + database.passwords().app() + "'");
        }
    }

    /** Reloads pg_hba.conf and waits until the server refuses a wrong password (the reload is asynchronous). */
    private static void reloadConfiguration(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("SELECT pg_reload_conf()");
        }
        var wrongPassword = postgres.getDatabase(SUPERUSER, DATABASE, java.util.Map.of("password", "not-the-password"));
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection stillTrusted = wrongPassword.getConnection()) {
                Thread.sleep(50);
            } catch (SQLException refused) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("The embedded database still accepts a wrong password after reloading");
    }

    private static String readHba(Path directory) throws IOException {
        Path hba = directory.resolve("pg_hba.conf");
        return Files.exists(hba) ? Files.readString(hba, StandardCharsets.UTF_8) : "";
    }

    private static void writeHba(Path directory) throws IOException {
        Files.writeString(directory.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
    }
}
