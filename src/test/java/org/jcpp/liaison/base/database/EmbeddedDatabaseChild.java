package org.jcpp.liaison.base.database;

import java.nio.file.Path;

/**
 * Run in a separate JVM by {@link EmbeddedDatabaseIT}: starts the embedded database the way the app does, writes one
 * row, says READY and waits to be killed.
 */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {}

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedDatabaseConfiguration.start(Path.of(args[0]), 0, false);
        try (var connection = postgres.postgres().getPostgresDatabase().getConnection();
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS crash_probe (note TEXT)");
            statement.execute("INSERT INTO crash_probe VALUES ('" + args[1].replace("'", "") + "')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
