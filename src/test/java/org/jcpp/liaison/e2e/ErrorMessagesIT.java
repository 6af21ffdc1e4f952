package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a user is told when something goes wrong, in a real browser: input the browser itself cannot take (a number too
 * large for a whole number, a date past the field's limit) is explained at the field; a record deleted meanwhile is
 * reported and what was typed stays; an unknown address shows the app's not-found page.
 */
class ErrorMessagesIT extends BrowserTest {

    @Autowired
    ContactService contacts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_headcount_too_large_for_a_number_is_explained_at_the_field() {
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contacts/log"));
        var headcount = page.locator("vaadin-integer-field").first();
        page.getByLabel("People reached").fill("99999999999");
        page.getByText("Save contact").click();
        assertThat(headcount).hasAttribute("invalid", "");
        assertThat(headcount.locator("[slot='error-message']")).hasText("Between 1 and 10,000 people, please");
        assertThat(page.getByText("Save contact")).isEnabled();
    }

    @Test
    void a_briefing_date_in_the_future_is_explained_at_the_field() {
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("rollcall/log"));
        var date = page.locator("vaadin-date-picker").first();
        String nextWeek = LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US));
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).fill(nextWeek);
        page.getByLabel("Date", new Page.GetByLabelOptions().setExact(true)).press("Enter");
        page.getByText("Save briefing").click();
        assertThat(date).hasAttribute("invalid", "");
        assertThat(date.locator("[slot='error-message']")).hasText("A briefing cannot be in the future");
    }

    @Test
    void saving_a_contact_deleted_meanwhile_says_so_and_keeps_what_was_typed() {
        var signedIn = new SignedIn(userDetails);
        long brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        var logged = signedIn.as(
                "demo-liaison", () -> contacts.log(SampleContacts.visit(brooklynPark, "to be deleted meanwhile")));
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contacts/log/" + logged.id()));
        page.getByLabel("Summary").fill("my careful notes");
        signedIn.as("demo-coordinator", () -> contacts.delete(logged.id(), logged.version()));
        page.getByText("Save contact").click();
        assertThat(page.locator("vaadin-notification-card"))
                .containsText("This contact no longer exists: someone deleted it after you opened it.");
        assertThat(page.getByLabel("Summary")).hasValue("my careful notes");
        assertThat(page.getByText("Save contact")).isEnabled();
    }

    @Test
    void an_unknown_address_shows_the_apps_not_found_page_to_a_signed_in_user() {
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        for (String address : new String[] {"no-such-page", "contacts/x/y"}) {
            var response = page.navigate(url(address));
            // not the bare 403 of Spring Security's "deny anything else"; Vaadin 25 serves its page shell with 200
            // and shows the not-found view in it (an HTTP 404 would need a filter that knows the routes)
            assertThat(response.status()).as(address).isNotEqualTo(403);
            assertThat(page.locator("h1")).hasText("Page not found");
        }
    }
}
