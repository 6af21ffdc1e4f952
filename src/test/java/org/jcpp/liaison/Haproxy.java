package org.jcpp.liaison;

import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real HAProxy (Debian's package; {@code .ci/run} installs it) in front of two app nodes, with the deployment's own
 * configuration file {@code deploy/haproxy/haproxy.cfg}, as docker-compose.yml's profile "two-nodes" runs it.
 */
public final class Haproxy implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/haproxy");
    public static final Path CONFIG = Path.of("deploy/haproxy/haproxy.cfg");

    private final Process process;
    private final int port;
    private final Path log;

    private Haproxy(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts it on a free loopback port before the nodes at {@code app1Port} and {@code app2Port}. */
    public static Haproxy start(int app1Port, int app2Port) throws Exception {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("HAProxy is needed for this test: apt-get install haproxy (.ci/run does)");
        }
        int port = AppProcess.freePort();
        Files.createDirectories(Path.of("target"));
        var log = Files.createTempFile(Path.of("target"), "haproxy", ".log");
        var builder = new ProcessBuilder(BINARY.toString(), "-db", "-f", CONFIG.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LIAISON_PROXY_BIND", "127.0.0.1:" + port);
        builder.environment().put("LIAISON_APP1", "127.0.0.1:" + app1Port);
        builder.environment().put("LIAISON_APP2", "127.0.0.1:" + app2Port);
        var proxy = new Haproxy(builder.start(), port, log);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try (var probe = new Socket("127.0.0.1", port)) {
                break;
            } catch (java.io.IOException notYet) {
                if (System.nanoTime() > until || !proxy.process.isAlive()) {
                    proxy.close();
                    throw new IllegalStateException("HAProxy did not start; see " + log, notYet);
                }
                Thread.sleep(100);
            }
        }
        Thread.sleep(2500); // its first health checks have seen both nodes
        return proxy;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
