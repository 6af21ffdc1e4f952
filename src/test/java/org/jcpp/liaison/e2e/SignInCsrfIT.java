package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Sign-in CSRF: a page of another origin (a second loopback port) posts the sign-in form with the attacker's account
 * and a made-up token. The browser must not end up signed in as the attacker (where a liaison would then log
 * residents' details into the attacker's account).
 */
class SignInCsrfIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_sign_in_form_posted_from_another_origin_does_not_sign_the_browser_in() throws Exception {
        var signedIn = new SignedIn(userDetails);
        String username = "attacker-" + UUID.randomUUID().toString().substring(0, 6);
        long crystal = signedIn.idOf(referenceData, ReferenceKind.CITY, "Crystal");
        signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Attacker Account", Role.LIAISON, false, Set.of(crystal)),
                        "the attacker's password"));
        String attack = """
                <!doctype html><html><body>
                <form id="f" method="POST" action="%s">
                  <input name="username" value="%s"><input name="password" value="the attacker's password">
                  <input name="_csrf" value="made-up-token">
                </form>
                <script>document.getElementById('f').submit();</script>
                </body></html>
                """.formatted(url("login"), username);
        var foreign = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        foreign.createContext("/", exchange -> {
            byte[] body = attack.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        foreign.start();
        try {
            Page page = newPage(1280, 800);
            // the victim has the app open (a session of their own), then visits the attacker's page
            page.navigate(url("login"));
            page.locator("vaadin-login-form").waitFor();
            page.navigate("http://localhost:" + foreign.getAddress().getPort() + "/");
            page.waitForLoadState();
            page.navigate(url(""));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            assertThat(page.getByText("Attacker Account")).hasCount(0);
        } finally {
            foreign.stop(0);
        }
    }

    @Test
    void the_sign_in_form_of_the_app_still_signs_in_and_an_expired_one_asks_again() {
        Page page = newPage(1280, 800);
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        // the session behind the open sign-in page ends (as after a long wait): the form's token is no longer valid
        page.context().clearCookies();
        page.locator("vaadin-login-form input[name='username']").fill("demo-liaison");
        page.locator("vaadin-login-form input[name='password']").fill(org.jcpp.liaison.IntegrationTest.DEMO_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        assertThat(page.getByText("Please sign in again")).isVisible();

        signIn(page, "demo-liaison", org.jcpp.liaison.IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("Welcome, Amina Hassan")).isVisible();
    }
}
