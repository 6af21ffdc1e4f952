package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.jcpp.liaison.FormSignIn;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What people see of sign-in throttling: the sign-in page says why, admins are told of the attack. */
class SignInThrottleIT extends BrowserTest {

    @Test
    void an_address_trying_wrong_passwords_shows_on_the_admins_home_page_as_a_possible_attack() throws Exception {
        for (int i = 0; i < 5; i++) {
            org.assertj.core.api.Assertions.assertThat(
                            FormSignIn.from("127.0.0.9", port, "demo-coordinator", "guess number " + i))
                    .endsWith("/login?error");
        }
        Page page = newPage(1280, 800);
        signIn(page, "demo-admin", IntegrationTest.DEMO_PASSWORD);
        var alert =
                page.getByText("Possible attack: too many wrong passwords from 127.0.0.9", new Page.GetByTextOptions());
        alert.first().waitFor();
        alert.first().click();
        assertThat(page).hasURL(url("admin/audit?action=SIGN_IN_THROTTLED"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("127.0.0.9"))
                        .first())
                .isVisible();
    }

    @Test
    void the_sign_in_page_says_why_a_sign_in_was_refused_on_a_desktop_and_a_phone() {
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, width > 400 ? 800 : 844);
            page.navigate(url("login?throttled"));
            assertThat(page.getByText("Too many failed sign-ins")).isVisible();
            assertThat(page.getByText("Wait 15 minutes and try again, or sign in from another network."))
                    .isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/login-throttled-" + width + ".png")));
            page.navigate(url("login?expired"));
            assertThat(page.getByText("Please sign in again")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/login-expired-" + width + ".png")));
        }
    }
}
