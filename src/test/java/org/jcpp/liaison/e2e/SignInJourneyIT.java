package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real app in Debian's Chromium: sign-in, a view, sign-out, at desktop and phone width. Screenshots land in
 * target/screenshots for a person to look at.
 */
@IntegrationTest
class SignInJourneyIT {

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
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

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage(TestInfo info) throws Exception {
        Files.createDirectories(Path.of("target/screenshots"));
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of(
                        "target/screenshots", info.getTestMethod().orElseThrow().getName() + ".png")));
        context.close();
    }

    @Test
    void the_demo_liaison_signs_in_sees_their_home_opens_a_view_and_signs_out() {
        signIn("demo-liaison", IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("Welcome, Amina Hassan")).isVisible();
        assertThat(page.getByText("Liaison for Brooklyn Center, Brooklyn Park")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Accounts")))
                .hasCount(0);

        page.getByText("My account").click();
        page.getByText("Change password").click();
        assertThat(page.locator("vaadin-password-field").first()).isVisible();
        assertThat(page).hasURL(url("password"));

        page.getByText("My account").click();
        page.getByText("Sign out").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(url(""));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void a_wrong_password_and_an_unknown_user_get_the_same_message() {
        signIn("demo-liaison", "not the password");
        assertThat(page.getByText("The username or password is not right.")).isVisible();
        String first = page.getByText("The username or password is not right.").innerText();

        signIn("nobody-by-this-name", "not the password");
        assertThat(page.getByText("The username or password is not right.")).isVisible();
        org.assertj.core.api.Assertions.assertThat(
                        page.getByText("The username or password is not right.").innerText())
                .isEqualTo(first);
    }

    @Test
    void a_liaison_opening_an_admin_address_gets_the_access_denied_page() {
        signIn("demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("admin/accounts"));
        assertThat(page.getByText("Not available to you")).isVisible();
        assertThat(page.locator("body")).not().containsText("Exception");
    }

    @Test
    void at_phone_width_the_menu_folds_behind_a_toggle() {
        page.setViewportSize(390, 844);
        signIn("demo-admin", IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("Welcome, Karen Lee")).isVisible();
        var toggle = page.locator("vaadin-drawer-toggle");
        assertThat(toggle).isVisible();
        toggle.click();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Accounts")))
                .isVisible();
    }

    private void signIn(String username, String password) {
        page.navigate(url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForLoadState();
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
