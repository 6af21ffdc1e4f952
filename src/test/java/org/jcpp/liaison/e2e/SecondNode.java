package org.jcpp.liaison.e2e;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * A second app node: the app in a JVM of its own, on this test's class path, on the same PostgreSQL as the test's app
 * (as any deployment with more than one node runs). Started once and stopped with {@link #close()}.
 */
final class SecondNode implements AutoCloseable {

    private final Process process;
    private final Path log;
    final int port;

    private SecondNode(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static SecondNode start(DataSource dataSource) throws Exception {
        var hikari = dataSource.unwrap(HikariDataSource.class);
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.createDirectories(Path.of("target"));
        var log = Files.createTempFile(Path.of("target"), "second-node", ".log");
        var process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.jcpp.liaison.Application",
                        "--server.port=" + port,
                        "--spring.datasource.url=" + hikari.getJdbcUrl(),
                        "--spring.datasource.username=" + hikari.getUsername(),
                        "--spring.datasource.password=" + (hikari.getPassword() == null ? "" : hikari.getPassword()),
                        // the first node migrated the database and loaded the demo
                        "--spring.liquibase.enabled=false",
                        "--liaison.demo.enabled=false",
                        "--liaison.reporting.refresh=PT24H",
                        "--vaadin.devmode.devTools.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        var node = new SecondNode(process, log, port);
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var login = HttpRequest.newBuilder(URI.create(node.url("login")))
                .timeout(Duration.ofSeconds(5))
                .build();
        long start = System.nanoTime();
        while (System.nanoTime() - start < 300_000_000_000L && process.isAlive()) {
            try {
                if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return node;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        node.close();
        throw new IllegalStateException("the second node did not serve /login; see " + log);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
