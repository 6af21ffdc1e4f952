package org.jcpp.liaison.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real-browser tests: the app on a random port, Debian's Chromium driven by Playwright. Each test's pages are
 * screenshotted into target/screenshots for a person to look at.
 */
@IntegrationTest
abstract class BrowserTest {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private final List<BrowserContext> contexts = new ArrayList<>();

    /**
     * The pages' loads (requests and answers, redirects included) and the addresses they were at: printed when a test
     * fails.
     */
    private final List<String> navigations = java.util.Collections.synchronizedList(new ArrayList<>());

    /** A failed test prints where its pages went, so a run that failed once says what the browser was sent to. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher printNavigations =
            new org.junit.jupiter.api.extension.TestWatcher() {
                @Override
                public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
                    synchronized (navigations) {
                        System.out.println("The test's pages went (" + context.getDisplayName() + "):\n  "
                                + String.join("\n  ", navigations));
                    }
                }
            };

    @Autowired
    private JdbcTemplate browserTestJdbc;

    @Autowired
    private ApplicationContext browserTestApplication;

    /** Each test starts as a user with no unsaved drafts (an earlier test's typed work is not put back in its forms). */
    @BeforeEach
    void noDraftsLeft() {
        browserTestJdbc.update("DELETE FROM form_draft");
        navigations.clear();
    }

    /**
     * An account a test made through the admin's service has a password its owner must change at first sign-in; for
     * tests about something else, its owner has chosen it already.
     */
    void passwordChosenByOwner(String username) {
        browserTestJdbc.update("UPDATE user_account SET must_change_password = false WHERE username = ?", username);
    }

    @BeforeAll
    static void startBrowser() {
        // what a test waits to see may take longer than Playwright's default 5 s on two busy cores (the app, its
        // database and Chromium share them; a report page was seen after 5.5 s with more beside them)
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--headless",
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new browser window of the given size, as a separate person (own cookies). */
    Page newPage(int width, int height) {
        return newPage(width, height, "en-US");
    }

    /** A new browser window of the given size whose browser speaks the given language (e.g. "es-US"). */
    Page newPage(int width, int height, String locale) {
        return newPage(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
    }

    /** A new window of a phone with a touch screen (its browser says so, as a phone's does), as a separate person. */
    Page newTouchPage(int width, int height) {
        return newPage(new Browser.NewContextOptions()
                .setLocale("en-US")
                .setViewportSize(width, height)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    private Page newPage(Browser.NewContextOptions options) {
        var context = browser.newContext(options);
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        var page = context.newPage();
        int window = contexts.size() - 1; // as the screenshots number them: 0, then "-1", "-2"
        page.onResponse(response -> {
            var request = response.request();
            if (request.isNavigationRequest() && request.frame() == page.mainFrame()) {
                String location = response.headerValue("location");
                navigations.add(window + ": " + request.method() + " " + request.url() + " -> " + response.status()
                        + (location == null ? "" : " " + location));
            }
        });
        // Vaadin's own navigations (links, Back) change the address without loading a page
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                navigations.add(window + ": at " + frame.url());
            }
        });
        return page;
    }

    @AfterEach
    void closePages(TestInfo info) throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        String name = info.getTestMethod().orElseThrow().getName();
        for (int i = 0; i < contexts.size(); i++) {
            for (Page page : contexts.get(i).pages()) {
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots", name + (i == 0 ? "" : "-" + i) + ".png")));
            }
            contexts.get(i).close();
        }
        contexts.clear();
        endAllSessions();
    }

    /**
     * A closed browser window does not tell the server; its session would end at its timeout, in the middle of a later
     * test, and keep the form it left open as a draft there. The test's sessions end now, and their drafts go.
     */
    private void endAllSessions() throws InterruptedException {
        var server = (TomcatWebServer) ((ServletWebServerApplicationContext) browserTestApplication).getWebServer();
        // a request a closed window sent last may still be running: ending its session under it would fail it
        if (server.getTomcat().getConnector().getProtocolHandler().getExecutor()
                instanceof org.apache.tomcat.util.threads.ThreadPoolExecutor requests) {
            for (int i = 0; i < 40 && requests.getActiveCount() > 0; i++) {
                Thread.sleep(50);
            }
        }
        for (var host : server.getTomcat().getHost().findChildren()) {
            for (Session session : ((Context) host).getManager().findSessions()) {
                session.expire();
            }
        }
        browserTestJdbc.update("DELETE FROM form_draft");
    }

    void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForLoadState();
    }

    /** Chooses an item of a Vaadin Select by its label. */
    static void choose(Page page, String label, String item, int index) {
        page.getByLabel(label).nth(index).click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(item).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true))
                .first()
                .click();
        waitUntilSent(page); // what the choice shows or hides (e.g. the city's events) is there before the next click
    }

    /** Chooses an item of a Vaadin combo box (single or multi) by typing and clicking it. */
    static void pick(Page page, String label, String item) {
        pick(page, label, item, false);
    }

    /**
     * As {@link #pick(Page, String, String)}, with the field's exact name: a select is a combobox too (AriaRepairs),
     * so "Language" alone would also find the language switch, "Language English".
     */
    static void pick(Page page, String label, String item, boolean exactLabel) {
        page.getByRole(
                        AriaRole.COMBOBOX,
                        new Page.GetByRoleOptions().setName(label).setExact(exactLabel))
                .fill(item);
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(item).setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true))
                .first()
                .click();
        page.keyboard().press("Escape");
        waitUntilSent(page);
    }

    /** Waits until the page has no request to the server in flight: what the last action changed is on the page. */
    static void waitUntilSent(Page page) {
        page.waitForFunction("() => !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
                + " || !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    /** Scrolls the page's grid to its last row, so lazily rendered rows at the end are in the page. */
    static void scrollGridToEnd(Page page) {
        page.locator("vaadin-grid vaadin-grid-cell-content").first().waitFor();
        page.evaluate("() => { const g = document.querySelector('vaadin-grid'); g.scrollToIndex(g.size); }");
        page.waitForTimeout(500);
    }

    /** The payloads of the person's kept form drafts (what they typed and did not save), one per line. */
    String draftsOf(String username) {
        return String.join(
                "\n",
                browserTestJdbc.queryForList(
                        "SELECT d.payload FROM form_draft d JOIN user_account u ON u.id = d.user_id WHERE u.username = ?",
                        String.class,
                        username));
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
