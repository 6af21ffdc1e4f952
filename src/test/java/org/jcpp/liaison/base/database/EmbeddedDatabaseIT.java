package org.jcpp.liaison.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.jcpp.liaison.base.database.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded database survives a killed app, refuses a second app, runs durably, and lets nobody in without a
 * password (an older data directory is upgraded).
 */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void after_the_app_is_killed_the_next_start_stops_the_leftover_server_and_keeps_the_data() throws Exception {
        Process app = startApp("written before kill -9");
        app.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL keeps running
        app.waitFor(30, TimeUnit.SECONDS);
        assertThat(dataDir.resolve("postmaster.pid")).exists();

        try (var restarted = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) {
            assertThat(query(restarted, "SELECT note FROM crash_probe")).isEqualTo("written before kill -9");
        }
    }

    @Test
    void a_second_app_on_the_same_data_directory_is_refused_with_a_clear_message() throws Exception {
        Process app = startApp("first app");
        try {
            assertThatThrownBy(() -> EmbeddedDatabaseConfiguration.start(dataDir, 0, false))
                    .isInstanceOf(DataDirectoryGuard.DataDirectoryInUseException.class)
                    .hasMessageContaining("already running")
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("LIAISON_DATA_DIR");
        } finally {
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
            EmbeddedDatabaseConfiguration.start(dataDir, 0, false).close(); // stops the server the kill left behind
        }
    }

    @Test
    void the_persistent_server_writes_durably_unlike_zonkys_defaults() throws Exception {
        try (var postgres = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) {
            assertThat(query(postgres, "SHOW fsync")).isEqualTo("on");
            assertThat(query(postgres, "SHOW synchronous_commit")).isEqualTo("on");
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();
        assertThat(Files.readString(dataDir.resolve("PG_VERSION")).strip()).isEqualTo("17");
    }

    @Test
    void a_new_data_directory_needs_a_password_from_the_first_start_and_keeps_it() throws Exception {
        String passwords;
        try (var database = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) {
            assertPasswordsRequired(database);
            passwords = Files.readString(dataDir.resolve(EmbeddedPasswords.FILE));
        }
        try (var database = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) {
            assertThat(Files.readString(dataDir.resolve(EmbeddedPasswords.FILE)))
                    .isEqualTo(passwords);
            assertThat(query(database, "SELECT 'reconnected'")).isEqualTo("reconnected");
            assertPasswordsRequired(database);
        }
    }

    @Test
    void a_data_directory_of_an_older_version_that_trusted_every_connection_is_upgraded_and_keeps_its_data()
            throws Exception {
        try (var old = EmbeddedPostgres.builder() // as versions before 2026-12 created it: trust, one role
                        .setDataDirectory(dataDir)
                        .setCleanDataDirectory(false)
                        .setLocaleConfig("locale", "C.UTF-8")
                        .start();
                var connection = old.getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE old_probe (note TEXT)");
            statement.execute("INSERT INTO old_probe VALUES ('written by an older version')");
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).contains("trust");

        try (var database = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) {
            assertThat(query(database, "SELECT note FROM old_probe")).isEqualTo("written by an older version");
            assertPasswordsRequired(database);
        }
        try (var database = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) { // and it starts again
            assertThat(query(database, "SELECT note FROM old_probe")).isEqualTo("written by an older version");
            assertPasswordsRequired(database);
        }
    }

    /** Wrong or no password: refused; the stored passwords: in, the app's role without superuser rights. */
    private void assertPasswordsRequired(EmbeddedDatabase database) throws Exception {
        String url = database.jdbcUrl();
        for (String role : new String[] {"postgres", "liaison_app"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "wrong-password")
                            .close())
                    .as(role)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        try (var app = DriverManager.getConnection(
                        url, "liaison_app", database.passwords().app());
                var result = app.createStatement()
                        .executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            result.next();
            assertThat(result.getBoolean(1)).isFalse();
        }
        assertThat(Files.readString(dataDir.resolve("pg_hba.conf")))
                .isEqualTo(EmbeddedDatabaseConfiguration.PG_HBA)
                .doesNotContain("trust");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedPasswords.FILE)))
                .isEqualTo(EmbeddedPasswords.OWNER_ONLY);
    }

    private Process startApp(String note) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedDatabaseChild.class.getName(),
                        dataDir.toString(),
                        note)
                .redirectErrorStream(true)
                .start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream()));
        String line;
        var seen = new StringBuilder();
        while ((line = output.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.equals("READY")) {
                Thread.ofVirtual().start(() -> {
                    try {
                        output.lines().forEach(l -> {}); // drained, so the child never blocks on a full pipe
                    } catch (java.io.UncheckedIOException killed) {
                        // the test killed the child: its output ends here
                    }
                });
                return process;
            }
        }
        throw new IllegalStateException("the child app did not start:\n" + seen);
    }

    private static String query(EmbeddedDatabase database, String sql) throws SQLException {
        try (var connection = database.postgres().getPostgresDatabase().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
