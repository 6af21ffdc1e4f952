package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
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

/** Sessions in a real browser: a new session id at sign-in, and a disabled account is out at its next click. */
class SessionsIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void signing_in_changes_the_session_id_and_disabling_the_account_ends_the_session() {
        var signedIn = new SignedIn(userDetails);
        String username = "session-" + UUID.randomUUID().toString().substring(0, 6);
        long crystal = signedIn.idOf(referenceData, ReferenceKind.CITY, "Crystal");
        var account = signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Session Test", Role.LIAISON, false, Set.of(crystal)),
                        "a fine long password"));
        passwordChosenByOwner(username);

        Page page = newPage(1280, 800);
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        String before = sessionId(page);
        signIn(page, username, "a fine long password");
        assertThat(page.getByText("Welcome, Session Test")).isVisible();
        String after = sessionId(page);
        org.assertj.core.api.Assertions.assertThat(after).isNotNull().isNotEqualTo(before);

        var current = signedIn.as(
                "demo-admin", () -> accounts.list(username, org.springframework.data.domain.Pageable.ofSize(1))
                        .getContent()
                        .getFirst());
        signedIn.as("demo-admin", () -> accounts.setEnabled(account.id(), current.version(), false));
        page.navigate(url("contacts"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void changing_ones_own_password_keeps_this_session_and_ends_the_others() {
        var twice = signedInOnAPhoneAndADesk("own-", "Own Password");
        Page phone = twice.phone();
        Page desk = twice.desk();

        desk.navigate(url("password"));
        desk.getByLabel("Current password").fill("a fine long password");
        desk.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("another long passphrase");
        desk.getByLabel("New password again").fill("another long passphrase");
        desk.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(desk.getByText("Your password has been changed")).isVisible();

        desk.navigate(url("contacts"));
        assertThat(desk.locator("vaadin-login-form")).hasCount(0);
        assertThat(desk.getByText("Log a contact").first()).isVisible();
        phone.navigate(url("contacts"));
        assertThat(phone.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void signing_out_everywhere_from_my_account_ends_this_session_and_the_one_on_the_phone() {
        var twice = signedInOnAPhoneAndADesk("everywhere-", "Left Signed In");
        Page phone = twice.phone();
        Page desk = twice.desk();

        desk.getByRole(
                        com.microsoft.playwright.options.AriaRole.MENUITEM,
                        new Page.GetByRoleOptions().setName("My account"))
                .click();
        desk.getByRole(
                        com.microsoft.playwright.options.AriaRole.MENUITEM,
                        new Page.GetByRoleOptions().setName("Sign out everywhere"))
                .click();
        var dialog = desk.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog");
        assertThat(dialog.getByText("Sign out of JCPP Liaison on every device, this one too?"))
                .isVisible();
        desk.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/sign-out-everywhere-1280.png")));
        dialog.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sign out everywhere"))
                .click();
        assertThat(desk.locator("vaadin-login-form")).isVisible();
        assertThat(desk.getByText("You are signed out")).isVisible();
        desk.navigate(url("contacts"));
        assertThat(desk.locator("vaadin-login-form")).isVisible();
        desk.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/sign-out-everywhere-done-1280.png")));

        phone.navigate(url("contacts"));
        assertThat(phone.locator("vaadin-login-form")).isVisible();
        // the account itself is untouched: its owner signs in again
        signIn(phone, twice.username(), "a fine long password");
        assertThat(phone.locator("vaadin-login-form")).hasCount(0);
        phone.navigate(url("password"));
        assertThat(phone.getByText("Forms you have not saved are kept as your drafts."))
                .isVisible();
        phone.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(java.nio.file.Path.of("target/screenshots/sign-out-everywhere-390.png")));
    }

    private record SignedInTwice(String username, Page phone, Page desk) {}

    /** A new liaison (who chose their own password) signed in on a phone and at a desk. */
    private SignedInTwice signedInOnAPhoneAndADesk(String usernamePrefix, String name) {
        var signedIn = new SignedIn(userDetails);
        String username = usernamePrefix + UUID.randomUUID().toString().substring(0, 6);
        long crystal = signedIn.idOf(referenceData, ReferenceKind.CITY, "Crystal");
        signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, name, Role.LIAISON, false, Set.of(crystal)),
                        "a fine long password"));
        passwordChosenByOwner(username);
        Page phone = newPage(390, 844);
        signIn(phone, username, "a fine long password");
        Page desk = newPage(1280, 800);
        signIn(desk, username, "a fine long password");
        assertThat(desk.getByText("Welcome, " + name)).isVisible();
        return new SignedInTwice(username, phone, desk);
    }

    private static String sessionId(Page page) {
        return page.context().cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map(c -> c.value)
                .findFirst()
                .orElse(null);
    }
}
