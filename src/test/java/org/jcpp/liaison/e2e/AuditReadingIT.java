package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItemData;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit trail in Chromium: an admin opens a change and reads it in full, at desktop and phone width. */
class AuditReadingIT extends BrowserTest {

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void an_admin_opens_a_change_and_reads_it_with_names() {
        var signedIn = new SignedIn(userDetails);
        var cities = signedIn.as("demo-admin", () -> referenceData.allCityNames());
        long crystal = cityId(cities, "Crystal");
        long hopkins = cityId(cities, "Hopkins");
        String name = "Precinct " + UUID.randomUUID().toString().substring(0, 5);
        var saved = signedIn.as(
                "demo-admin",
                () -> referenceData.save(
                        ReferenceKind.DEPARTMENT, new ReferenceItemData(null, 0, name, null, crystal, null)));
        signedIn.as(
                "demo-admin",
                () -> referenceData.save(
                        ReferenceKind.DEPARTMENT,
                        new ReferenceItemData(saved.id(), saved.version(), name, null, hopkins, null)));

        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, 800);
            signIn(page, "demo-admin", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("admin/audit?type=department&action=UPDATE&record=" + saved.id()));
            var change = page.locator(
                    "vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Member city: Crystal → Hopkins"));
            assertThat(change).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots", "audit-list-" + width + ".png")));
            change.click();
            assertThat(page.locator(".audit-change")).hasText("Member city: Crystal → Hopkins");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots", "audit-entry-" + width + ".png")));
        }
    }

    private static long cityId(java.util.Map<Long, String> names, String name) {
        return names.entrySet().stream()
                .filter(e -> e.getValue().equals(name))
                .findFirst()
                .orElseThrow()
                .getKey();
    }
}
