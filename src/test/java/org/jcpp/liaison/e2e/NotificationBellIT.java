package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.notifications.Notifications;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The bell on an open page: a need a coordinator gives the liaison shows up without a reload (server push). */
class NotificationBellIT extends BrowserTest {

    @Autowired
    ContactService contacts;

    @Autowired
    Notifications notifications;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_need_given_to_the_liaison_rings_the_bell_on_their_open_page_and_opens_from_it() {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long liaison = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-liaison'", Long.class);
        signedIn.as("demo-liaison", () -> notifications.markAllRead());

        Page page = newPage(390, 844);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contacts"));
        var bell = page.locator(".notification-bell");
        assertThat(bell).hasAttribute("aria-label", "Notifications, 0 unread");
        assertThat(page.locator(".notification-count")).isHidden();

        var logged = signedIn.as(
                "demo-coordinator",
                () -> contacts.log(SampleContacts.visit(
                        park,
                        "Visit",
                        new NeedData(
                                NeedCategory.YOUTH_AND_SCHOOL,
                                "After-school program",
                                liaison,
                                LocalDate.now().plusDays(4),
                                null,
                                null,
                                null))));

        // no reload: the page hears of it
        assertThat(page.locator(".notification-count")).hasText("1");
        assertThat(bell).hasAttribute("aria-label", "Notifications, 1 unread");
        bell.click();
        var entry = page.getByText("gave you a follow-up: Youth and school, Brooklyn Park");
        assertThat(entry).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notification-bell-390.png")));
        entry.click();
        page.waitForURL("**/need/" + logged.needs().getFirst().id());
        assertThat(page.locator(".notification-count")).isHidden();
    }
}
