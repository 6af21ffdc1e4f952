package org.jcpp.liaison;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import javax.sql.DataSource;

/**
 * The app in a JVM of its own, on this test's class path (Vaadin in the build's mode: production with the test
 * command's {@code -Pproduction}, development as {@code ./mvnw spring-boot:run} runs it) or from a jar, on the same
 * PostgreSQL as the test's app: a second app node, or a start to be timed. Demo data off, summaries not refreshed on
 * a timer.
 */
public final class AppProcess implements AutoCloseable {

    /**
     * JVM options for an app node a test starts to use, not to time: a small heap, and only the JIT's quick compiler
     * (C1), so that the optimising compiler's threads do not compete with a start on two cores (two nodes started at
     * once: {@code ConcurrentStartIT} 47–51 s with both compilers, 26–28 s with C1 alone). Never for a node whose
     * speed is measured (the benchmark's).
     */
    public static final List<String> TEST_NODE_JVM = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1");

    private final Process process;
    private final Path log;
    private final long startedAt;
    private final int port;

    private AppProcess(Process process, Path log, long startedAt, int port) {
        this.process = process;
        this.log = log;
        this.startedAt = startedAt;
        this.port = port;
    }

    /** Starts the app against {@code dataSource}'s database with its user; {@code appArguments} add or override. */
    public static AppProcess start(DataSource dataSource, List<String> jvmArguments, List<String> appArguments)
            throws Exception {
        return start(dataSource, jvmArguments, classPath(), appArguments);
    }

    /**
     * Starts the app as {@code launch} says (after the JVM options: {@link #classPath()}, or {@code -jar} and a jar)
     * against {@code dataSource}'s database with its user; {@code appArguments} add or override.
     */
    public static AppProcess start(
            DataSource dataSource, List<String> jvmArguments, List<String> launch, List<String> appArguments)
            throws Exception {
        var hikari = dataSource.unwrap(HikariDataSource.class);
        return start(
                hikari.getJdbcUrl(),
                hikari.getUsername(),
                hikari.getPassword() == null ? "" : hikari.getPassword(),
                jvmArguments,
                launch,
                appArguments);
    }

    /** The app's main class on this test's class path. */
    public static List<String> classPath() {
        return List.of("-cp", System.getProperty("java.class.path"), "org.jcpp.liaison.Application");
    }

    /** Starts the app against a database by its address and user; {@code appArguments} add or override. */
    public static AppProcess start(
            String jdbcUrl, String username, String password, List<String> jvmArguments, List<String> appArguments)
            throws Exception {
        return start(jdbcUrl, username, password, jvmArguments, classPath(), appArguments);
    }

    private static AppProcess start(
            String jdbcUrl,
            String username,
            String password,
            List<String> jvmArguments,
            List<String> launch,
            List<String> appArguments)
            throws Exception {
        int port = AppProcess.freePort();
        Files.createDirectories(Path.of("target"));
        var log = Files.createTempFile(Path.of("target"), "app-process", ".log");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        command.addAll(launch);
        var defaults = List.of(
                "--server.port=" + port,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--liaison.demo.enabled=false",
                "--liaison.reporting.refresh=PT24H",
                "--vaadin.devmode.devTools.enabled=false");
        for (String argument : defaults) {
            String key = argument.substring(0, argument.indexOf('=') + 1);
            if (appArguments.stream().noneMatch(given -> given.startsWith(key))) {
                command.add(argument); // a default the caller did not override (a key given twice would be a list)
            }
        }
        command.addAll(appArguments);
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AppProcess(process, log, System.nanoTime(), port);
    }

    /** A port nothing on this machine listens on now (the test hands it to a server it starts). */
    public static int freePort() throws java.io.IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Seconds from the start until {@code /login} answered 200; empty when it did not within {@code limit}. */
    public OptionalDouble awaitLogin(Duration limit) throws InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        var request = HttpRequest.newBuilder(URI.create(url("login")))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() - startedAt < limit.toNanos() && process.isAlive()) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return OptionalDouble.of((System.nanoTime() - startedAt) / 1e9);
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return OptionalDouble.empty();
    }

    /** The app JVM's process id (for {@code jcmd} and its CPU in {@code /proc}). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    public Path log() {
        return log;
    }

    /** What the app wrote to its log so far. */
    public String logText() throws java.io.IOException {
        return Files.readString(log);
    }

    public boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
