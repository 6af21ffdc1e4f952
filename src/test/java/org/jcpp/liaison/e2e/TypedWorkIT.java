package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Typed work is never lost when a session ends: the form is kept as a draft for its user, offered back after signing
 * in again, and dropped once saved or cancelled; the page warns before the session ends, and typing keeps it.
 */
class TypedWorkIT extends BrowserTest {

    @Autowired
    ApplicationContext application;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_contact_typed_when_the_session_ends_is_back_after_signing_in_again_and_saved() throws Exception {
        String marker = "bus-stop-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contacts/log"));
        pick(page, "Member city", "Brooklyn Park");
        choose(page, "Kind of contact", "One-to-one", 0);
        choose(page, "Kind of place", "Faith community", 0);
        page.getByLabel("People reached").fill("3");
        page.getByLabel("Summary").fill("Talked about the dark bus stop, " + marker);
        page.getByLabel("People reached").focus(); // the summary's last letters reach the server
        waitUntilSent(page);

        serverSession(page).expire(); // what a timeout does: the session ends with the form open
        assertThat(draftsOf("demo-liaison")).as("kept for the liaison only").contains(marker);

        page.getByText("Save contact").click();
        assertThat(page.getByText("You were signed out")).isVisible();
        page.getByText("Click here to sign in again").click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        signInHere(page, "demo-liaison");
        assertThat(page).hasURL(Pattern.compile(".*/contacts/log(\\?continue)?$"));

        assertThat(page.locator(".draft-banner")).containsText("Not saved yet");
        assertThat(page.getByLabel("Summary")).hasValue("Talked about the dark bus stop, " + marker);
        assertThat(page.getByLabel("People reached")).hasValue("3");
        page.getByText("Save contact").click();
        assertThat(page.getByText("Contact logged")).isVisible();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contact WHERE summary LIKE ?", Long.class, "%" + marker))
                .isEqualTo(1);
        assertThat(draftsOf("demo-liaison")).as("dropped once saved").doesNotContain(marker);
    }

    @Test
    void a_need_typed_in_a_dialog_when_the_session_ends_is_back_when_the_dialog_opens_again() throws Exception {
        String marker = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        long contact = jdbc.queryForObject(
                "SELECT c.id FROM contact c JOIN user_account u ON u.id = c.liaison_id"
                        + " WHERE u.username = 'demo-liaison' ORDER BY c.occurred_at DESC, c.id DESC LIMIT 1",
                Long.class);
        Page page = newPage(390, 844);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contact/" + contact));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a need"))
                .click();
        page.getByLabel("What is needed").fill("The landlord will not fix the lock, " + marker);
        page.getByLabel("What is needed").press("Tab");
        waitUntilSent(page);
        // the text reaches the server with the change event the Tab fires, which the client may send a moment after
        // the check above: wait until the request that carries it has been answered (its end keeps the first draft)
        for (int i = 0; i < 50 && !draftsOf("demo-liaison").contains(marker); i++) {
            page.waitForTimeout(100);
        }

        serverSession(page).expire();
        assertThat(draftsOf("demo-liaison")).contains(marker);
        // the phone is put away with the dialog open; the next morning the liaison signs in and opens the contact. (A
        // reload of the old tab would race its push connection's own reconnect for the new session cookie.)
        page.close();
        page = newPage(390, 844);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contact/" + contact));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a need"))
                .click();
        assertThat(page.locator("vaadin-dialog-overlay .draft-banner, .draft-banner"))
                .containsText("Not saved yet");
        assertThat(page.getByLabel("What is needed")).hasValue("The landlord will not fix the lock, " + marker);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/draft-dialog-phone.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(page.locator("vaadin-dialog-overlay[opened]")).hasCount(0);
        for (int i = 0; i < 50 && draftsOf("demo-liaison").contains(marker); i++) {
            page.waitForTimeout(100); // the closed dialog leaves the page in the request after the click
        }
        assertThat(draftsOf("demo-liaison")).as("closing the dialog drops it").doesNotContain(marker);
    }

    @Test
    void leaving_a_form_keeps_what_was_typed_and_cancel_drops_it() {
        String marker = "food-shelf-" + UUID.randomUUID().toString().substring(0, 8);
        Page phone = newPage(390, 844);
        signIn(phone, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("contacts/log"));
        phone.getByLabel("Summary").fill("Saturday at the food shelf, " + marker);
        phone.getByLabel("People reached").focus();
        phone.navigate(url("contacts"));
        phone.navigate(url("contacts/log"));
        assertThat(phone.locator(".draft-banner")).containsText("Not saved yet");
        assertThat(phone.getByLabel("Summary")).hasValue("Saturday at the food shelf, " + marker);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/draft-back-phone.png")));

        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                .click();
        phone.navigate(url("contacts/log"));
        assertThat(phone.getByLabel("Summary")).hasValue("");
        assertThat(phone.locator(".draft-banner")).hasCount(0);
        assertThat(draftsOf("demo-coordinator")).doesNotContain(marker);
    }

    @Test
    void the_page_warns_before_the_session_ends_and_a_user_typing_stays_signed_in() throws Exception {
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        serverSession(page).setMaxInactiveInterval(20); // warned 10 s ahead
        page.navigate(url("contacts/log"));
        page.getByLabel("People reached").fill(""); // typing, not yet sent (sent when the field is left)
        page.getByLabel("People reached").pressSequentially("12");

        page.waitForTimeout(22_000); // past the end the session would have had without the typing
        assertThat(page.locator("dialog.session-dialog[open]")).hasCount(0);
        assertThat(serverSession(page)).as("kept alive while typing").isNotNull();

        page.getByLabel("Summary").focus(); // nothing more typed from here on
        var dialog = page.locator("dialog.session-dialog[open]");
        assertThat(dialog)
                .containsText("signed out soon", new LocatorAssertions.ContainsTextOptions().setTimeout(40_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/session-warning.png")));
        dialog.getByText("Stay signed in").click();
        assertThat(dialog).hasCount(0);
        page.waitForTimeout(12_000); // past the end without the click
        assertThat(serverSession(page)).as("stayed signed in").isNotNull();

        assertThat(page.locator("dialog.session-dialog[open]"))
                .containsText("You were signed out", new LocatorAssertions.ContainsTextOptions().setTimeout(40_000));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in again"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    /** Signs in on the sign-in page the browser is at (where the app sent it), so it goes back where it was. */
    private static void signInHere(Page page, String username) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(IntegrationTest.DEMO_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForLoadState();
    }

    /** The server's session of the page (Tomcat's own object), or null once it has ended. */
    private Session serverSession(Page page) throws Exception {
        String id = page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .value;
        var server = (TomcatWebServer) ((ServletWebServerApplicationContext) application).getWebServer();
        var context = (Context) server.getTomcat().getHost().findChildren()[0];
        Session session = context.getManager().findSession(id);
        return session == null || !session.isValid() ? null : session;
    }
}
