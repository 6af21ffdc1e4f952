package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * An admin publishes the partnership's page in the app; a resident opens it on a phone, in Somali and in Spanish,
 * switches language and picks a city; axe-core finds nothing serious at phone and desktop width.
 */
class PartnershipPageIT extends BrowserTest {

    @Test
    void an_admin_publishes_the_page_and_a_resident_reads_it_on_a_phone_in_somali_and_spanish() {
        var findings = new ArrayList<String>();
        Page admin = newPage(1280, 900);
        signIn(admin, "demo-admin", IntegrationTest.DEMO_PASSWORD);
        admin.navigate(url("admin/public-page"));
        var publish = admin.getByLabel("Publish the partnership's page");
        if (!publish.isChecked()) {
            publish.check();
        }
        admin.getByLabel("Trust survey results").check();
        admin.getByLabel("Contacts and people reached").check();
        waitUntilSent(admin);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(admin.getByText("Saved: the public page shows it now.")).isVisible();
        admin.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/public-page-admin.png"))
                .setFullPage(true));

        Page phone = newPage(390, 844, "so");
        phone.navigate(url("partnership"));
        assertThat(phone.locator("html")).hasAttribute("lang", "so");
        assertThat(phone.locator("h1")).containsText("Waxa iskaashigu qabtay");
        findings.addAll(AxeCheck.seriousFindingsOfPlainPage(phone, "partnership page in Somali on a phone"));
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/partnership-phone-so.png"))
                .setFullPage(true));
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español"))
                .click();
        assertThat(phone.locator("html")).hasAttribute("lang", "es");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Por ciudad miembro")))
                .isVisible();
        phone.getByLabel("Ciudad miembro", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Brooklyn Park"));
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mostrar"))
                .click();
        // the page came back for that city, still in Spanish
        assertThat(phone).hasURL(java.util.regex.Pattern.compile(".*city=\\d+.*"));
        assertThat(phone.locator("#city option:checked")).hasText("Brooklyn Park");
        assertThat(phone.locator("html")).hasAttribute("lang", "es");
        findings.addAll(AxeCheck.seriousFindingsOfPlainPage(phone, "partnership page in Spanish, one city"));
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/partnership-phone-es.png"))
                .setFullPage(true));
        // the visitor's browser holds no cookie of the app: nothing it fetched made a session
        assertThat(phone.context().cookies().stream().map(c -> c.name)).isEmpty();

        Page desktop = newPage(1280, 900, "en-US");
        desktop.navigate(url("partnership"));
        assertThat(desktop.locator("h1")).containsText("What the partnership did in");
        findings.addAll(AxeCheck.seriousFindingsOfPlainPage(desktop, "partnership page in English"));
        desktop.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/partnership-desktop.png"))
                .setFullPage(true));
        assertThat(findings).isEmpty();
    }
}
