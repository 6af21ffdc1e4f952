package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * axe-core in Chromium over the sign-in page and every page and dialog of an admin, on the demo data: no serious or
 * critical finding anywhere (a liaison's pages: {@link AccessibilityIT}).
 */
class AdminAccessibilityIT extends AxePages {

    @Test
    void every_page_and_dialog_of_an_admin_and_the_sign_in_page_have_no_serious_accessibility_finding() {
        Page anonymous = newPage(1280, 900);
        check(anonymous, "login");
        Page page = newPage(1280, 900);
        signIn(page, "demo-admin", IntegrationTest.DEMO_PASSWORD);
        for (String route : List.of(
                "",
                "admin/accounts",
                "admin/sign-on-groups",
                "admin/audit",
                "admin/cities",
                "admin/community-groups",
                "admin/departments",
                "admin/languages",
                "admin/interface-languages",
                "admin/notices",
                "admin/outbox",
                "admin/public-page",
                "language-line/accounts",
                "admin/partners",
                "admin/residents",
                "admin/retention",
                "admin/topics")) {
            check(page, route);
        }
        open(page, "admin/accounts");
        click(page, "Add account");
        analyze(page, "admin/accounts: the account dialog");
        open(page, "admin/accounts");
        click(page, "Edit");
        analyze(page, "admin/accounts: an account's dialog with its sign-out everywhere");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/account-dialog-sessions-1280.png")));
        open(page, "admin/sign-on-groups");
        click(page, "Add a group");
        analyze(page, "admin/sign-on-groups: the group dialog");
        open(page, "admin/cities");
        click(page, "Add member city");
        analyze(page, "admin/cities: the city dialog");
        open(page, "admin/departments");
        click(page, "Add police department");
        analyze(page, "admin/departments: the department dialog");
        open(page, "admin/languages");
        click(page, "Add language");
        analyze(page, "admin/languages: the language dialog with its code");
        open(page, "language-line/accounts");
        click(page, "Map an account");
        analyze(page, "language-line/accounts: the account dialog");
        open(page, "admin/interface-languages");
        click(page, "Record a review");
        analyze(page, "admin/interface-languages: the review dialog");
        open(page, "admin/notices");
        click(page, "Add a language");
        analyze(page, "admin/notices: a new language's text");
        open(page, "admin/notices");
        click(page, "Start a new version");
        analyze(page, "admin/notices: a new version");
        assertThat(findings).as("serious or critical axe-core findings").isEmpty();
    }
}
