package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A named person's data, as the liaison and the admin see it on a phone and at a desk (screenshots in
 * target/screenshots): the data-use notice in the need form, in Spanish for a Spanish speaker; the erase confirmation.
 */
class ResidentDataScreensIT extends BrowserTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void the_data_use_notice_can_be_read_in_spanish_in_the_need_form() {
        for (int width : new int[] {390, 1280}) {
            Page page = newPage(width, 844);
            signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("contacts/log"));
            page.getByText("Add a need").click();
            page.getByText("Someone asked to be contacted about this").click();
            pick(page, "Preferred language", "Spanish");
            page.getByText("Read the data-use notice").click();
            var notice = page.getByText("Anotamos su nombre y cómo contactarle", new Page.GetByTextOptions());
            assertThat(notice).isVisible();
            notice.scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots/data-use-notice-es-" + width + ".png")));
            // not logged: without this, the next window would get this one's typing back as the liaison's draft
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel"))
                    .last()
                    .click();
            waitUntilSent(page);
        }
    }

    @Test
    void the_erase_confirmation_shows_what_goes_and_the_summary_that_would_stay() {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        long city = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        city,
                        "Home visit to Rosa Quispe " + marker + " about the landlord",
                        SampleContacts.need(
                                NeedCategory.HOUSING,
                                "landlord refuses repairs",
                                LocalDate.now(),
                                new PersonData("Rosa Quispe " + marker, null, "612-555-0103", null, "spa")))));
        for (int width : new int[] {390, 1280}) {
            Page page = newPage(width, 844);
            signIn(page, "demo-admin", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("admin/residents"));
            page.getByLabel("Name").fill("rosa quispe " + marker);
            page.getByText("Rosa Quispe " + marker).first().click();
            page.getByText("Erase this person").click();
            assertThat(page.getByText("Removed: the name, preferred language")).isVisible();
            assertThat(page.getByText("Home visit to Rosa Quispe " + marker + " about the landlord")
                            .last())
                    .isVisible();
        }
    }
}
