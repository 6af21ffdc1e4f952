package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real app in Debian's Chromium: sign-in, a view, sign-out, at desktop and phone width. Screenshots land in
 * target/screenshots for a person to look at.
 */
class SignInJourneyIT extends BrowserTest {

    private Page page;

    @BeforeEach
    void openPage() {
        page = newPage(1280, 800);
    }

    @Test
    void the_demo_liaison_signs_in_sees_their_home_opens_a_view_and_signs_out() {
        signIn("demo-liaison", IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("Welcome, Amina Hassan")).isVisible();
        assertThat(page.getByText("Liaison for Brooklyn Center, Brooklyn Park")).isVisible();
        assertThat(page.locator("vaadin-side-nav-item[path='admin/accounts']")).hasCount(0);

        page.getByText("My account").click();
        page.getByText("Change password").click();
        assertThat(page.locator("vaadin-password-field").first()).isVisible();
        assertThat(page).hasURL(url("password"));

        page.getByText("My account").click();
        page.getByText("Sign out", new Page.GetByTextOptions().setExact(true)).click();
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
        assertThat(page.locator("vaadin-side-nav-item[path='admin/accounts']")).isVisible();
    }

    private void signIn(String username, String password) {
        signIn(page, username, password);
    }
}
