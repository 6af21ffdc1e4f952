package org.jcpp.liaison.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jcpp.liaison.AppProcess;
import org.jcpp.liaison.FormSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes started at the same moment on an empty database (a first deployment of two replicas, or both
 * restarted after an upgrade): the schema is migrated once ({@code MigrationLock}: Liquibase's own lock did not keep
 * two nodes from creating its tables), the first admin account is created once ({@code StartupLock}), and both nodes
 * serve and sign the admin in.
 */
class ConcurrentStartIT {

    @TempDir
    Path dataDir;

    @Test
    void two_nodes_started_at_once_on_an_empty_database_migrate_it_once_and_both_sign_the_first_admin_in()
            throws Exception {
        String adminPassword = "two nodes, one first admin";
        try (var database = EmbeddedDatabaseConfiguration.start(dataDir, 0, true)) {
            var nodes = new ArrayList<AppProcess>();
            try {
                for (int i = 0; i < 2; i++) {
                    nodes.add(AppProcess.start(
                            database.jdbcUrl(),
                            database.appRole(),
                            database.passwords().app(),
                            AppProcess.TEST_NODE_JVM,
                            List.of(
                                    "--spring.liquibase.user=" + EmbeddedDatabaseConfiguration.SUPERUSER,
                                    "--spring.liquibase.password="
                                            + database.passwords().superuser(),
                                    "--liaison.admin.password=" + adminPassword)));
                }
                for (var node : nodes) {
                    assertThat(node.awaitLogin(Duration.ofMinutes(5)))
                            .as("node serves /login; see %s", node.log())
                            .isPresent();
                }

                try (var sql = DriverManager.getConnection(
                                database.jdbcUrl(),
                                EmbeddedDatabaseConfiguration.SUPERUSER,
                                database.passwords().superuser());
                        var statement = sql.createStatement()) {
                    var changes = statement.executeQuery("SELECT count(*), count(DISTINCT (id, author, filename)),"
                            + " (SELECT bool_or(locked) FROM databasechangeloglock) FROM databasechangelog");
                    changes.next();
                    assertThat(changes.getLong(1)).as("changesets applied").isGreaterThan(50);
                    assertThat(changes.getLong(2)).as("each changeset once").isEqualTo(changes.getLong(1));
                    assertThat(changes.getBoolean(3))
                            .as("Liquibase's lock given back")
                            .isFalse();
                    var admins = statement.executeQuery("SELECT count(*) FROM user_account");
                    admins.next();
                    assertThat(admins.getLong(1)).as("one first admin").isEqualTo(1);
                }
                for (var node : nodes) {
                    assertThat(FormSignIn.from("127.0.0.1", node.port(), "admin", adminPassword))
                            .as("the first admin signs in on the node at %s", node.url(""))
                            .doesNotContain("error");
                    assertThat(node.logText()).doesNotContain("APPLICATION FAILED TO START");
                }
            } finally {
                for (var node : nodes) {
                    node.close();
                }
            }
        }
    }
}
