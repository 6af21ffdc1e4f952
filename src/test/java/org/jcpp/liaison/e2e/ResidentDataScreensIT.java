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
    void a_somali_speaker_is_given_the_draft_somali_notice_with_a_warning_and_the_need_keeps_which_text() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("contacts/log"));
        pick(phone, "Member city", "Brooklyn Park");
        choose(phone, "Kind of contact", "Home visit", 0);
        choose(phone, "Kind of place", "Home", 0);
        phone.getByLabel("People reached").fill("2");
        phone.getByLabel("Summary").fill("Rent increase, " + marker);
        phone.getByText("Add a need").click();
        choose(phone, "Category", "Housing", 0);
        phone.getByLabel("What is needed").fill("Call back about tenant rights " + marker);
        phone.getByText("Someone asked to be contacted about this").click();
        phone.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Hodan " + marker);
        pick(phone, "Preferred language", "Somali");
        phone.getByLabel("How to reach them").fill("phone 612-555-0142");
        var warning = phone.locator(".notice-draft-warning");
        assertThat(warning).isVisible();
        assertThat(warning).containsText("no native speaker has reviewed yet");
        phone.getByText("Read the data-use notice").click();
        assertThat(phone.getByText("Waxaan qornaa magacaaga")).isVisible();
        warning.scrollIntoViewIfNeeded();
        phone.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/data-use-notice-draft-so-390.png")));
        phone.getByText("Save contact").click();

        phone.waitForURL(java.util.regex.Pattern.compile(".*/contact/\\d+(\\?logged=1)?$"));
        phone.getByText("Housing: Call back about tenant rights " + marker).click();
        phone.waitForURL(java.util.regex.Pattern.compile(".*/need/\\d+$"));
        assertThat(phone.getByText("Version 2026-1 in Somali, on")).isVisible();
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
                                new PersonData("Rosa Quispe " + marker, null, "612-555-0103", null, "spa", null)))));
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
