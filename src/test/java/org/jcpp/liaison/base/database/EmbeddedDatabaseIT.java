package org.jcpp.liaison.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database survives a killed app, refuses a second app, and runs durably. */
class EmbeddedDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void after_the_app_is_killed_the_next_start_stops_the_leftover_server_and_keeps_the_data() throws Exception {
        Process app = startApp("written before kill -9");
        app.destroyForcibly(); // SIGKILL: no shutdown hook runs, PostgreSQL keeps running
        app.waitFor(30, TimeUnit.SECONDS);
        assertThat(dataDir.resolve("postmaster.pid")).exists();

        try (EmbeddedPostgres restarted = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) {
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
        try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDir, 0, false)) {
            assertThat(query(postgres, "SHOW fsync")).isEqualTo("on");
            assertThat(query(postgres, "SHOW synchronous_commit")).isEqualTo("on");
        }
        assertThat(dataDir.resolve("PG_VERSION")).exists();
        assertThat(Files.readString(dataDir.resolve("PG_VERSION")).strip()).isEqualTo("17");
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
                Thread.ofVirtual().start(() -> output.lines().forEach(l -> {}));
                return process;
            }
        }
        throw new IllegalStateException("the child app did not start:\n" + seen);
    }

    private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
