package org.jcpp.liaison.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jcpp.liaison.AppProcess;
import org.postgresql.ds.PGSimpleDataSource;

/** The two measures outside a single call: how long the app takes to serve its login page, and memory per session. */
final class StartAndMemory {

    private StartAndMemory() {}

    /**
     * How long the app took to serve its login page: the app of the load run, started in a JVM of its own ({@code how}:
     * in the full run as the {@code Dockerfile} runs it, {@link DeployedApp}; else on this test's class path, in the
     * build's Vaadin mode), against the benchmark's database, timed until {@code /login} answers 200 (with the
     * JVM options of {@code -Dbenchmark.load-jvm}, if any).
     */
    static String startup(double seconds, String how) {
        return String.format(
                Locale.ROOT,
                "startup to a served login page (a new JVM, Vaadin %s mode, %s; the database"
                        + " already migrated): %.1f s — target ≤ 12 s: %s",
                mode(),
                how,
                seconds,
                Measurement.judged(seconds <= 12));
    }

    /** The app's arguments against the benchmark's database: Liquibase as the schema's owner, an admin password. */
    static List<String> appArguments(DataSource ownerDataSource) throws java.sql.SQLException {
        var owner = ownerDataSource.unwrap(PGSimpleDataSource.class);
        return List.of(
                "--spring.liquibase.user=" + owner.getUser(),
                "--spring.liquibase.password=" + owner.getPassword(),
                "--liaison.admin.password=bench-admin-password");
    }

    /**
     * Opens {@code sessions} real browser sessions (Chromium, each its own cookies) that sign in and open the contacts
     * list, and divides the growth of the heap after a full GC by their number. Chromium runs as a process of its own
     * that Playwright connects to and then leaves, so the heap holds the app's sessions and none of Playwright's
     * bookkeeping; the pages stay open meanwhile.
     */
    static String memoryPerSession(int port, int sessions) throws Exception {
        int debugPort = AppProcess.freePort();
        var chromium = new ProcessBuilder(
                        "/usr/bin/chromium",
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--remote-debugging-port=" + debugPort,
                        "about:blank")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            waitForPort(debugPort);
            openSessions(port, debugPort, 1); // warms caches; not counted
            long before = heapAfterGc();
            openSessions(port, debugPort, sessions);
            long after = heapAfterGc();
            double perSession = (after - before) / 1024.0 / sessions;
            return String.format(
                    Locale.ROOT,
                    "retained heap per signed-in Vaadin session (%d sessions on the contacts list, Vaadin %s mode,"
                            + " heap after GC grew %.1f MB): %.0f KB — target ≤ 300 KB: %s",
                    sessions,
                    mode(),
                    (after - before) / 1024.0 / 1024.0,
                    perSession,
                    Measurement.judged(perSession <= 300));
        } finally {
            chromium.destroy();
            chromium.waitFor();
        }
    }

    /** Signs in {@code count} new sessions through the running Chromium and disconnects, leaving the pages open. */
    private static void openSessions(int port, int debugPort, int count) {
        try (var playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().connectOverCDP("http://localhost:" + debugPort);
            var pages = new ArrayList<Page>();
            for (int i = 0; i < count; i++) {
                open(browser, port, pages);
            }
        }
    }

    /** "production" when the build made Vaadin's production bundle ({@code -Pproduction}), else "development". */
    static String mode() {
        try (var in = StartAndMemory.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            String info = in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return info.replace(" ", "").contains("\"productionMode\":true") ? "production" : "development";
        } catch (java.io.IOException e) {
            return "development";
        }
    }

    private static void waitForPort(int port) throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/json/version"))
                .timeout(Duration.ofSeconds(2))
                .build();
        for (int i = 0; i < 100; i++) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Chromium did not open its debugging port");
    }

    private static void open(Browser browser, int port, List<Page> pages) {
        var context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        context.setDefaultTimeout(60_000);
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("vaadin-login-form input[name='username']").fill(DataGenerator.COORDINATOR);
        page.locator("vaadin-login-form input[name='password']").fill(DataGenerator.PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForURL(url -> !url.contains("login"));
        // within the single-page app, as a person clicks: one UI per session
        page.locator("vaadin-side-nav-item[path$='contacts']").click();
        page.waitForURL(url -> url.endsWith("/contacts"));
        page.locator("vaadin-grid-cell-content").first().waitFor();
        pages.add(page);
    }

    private static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
