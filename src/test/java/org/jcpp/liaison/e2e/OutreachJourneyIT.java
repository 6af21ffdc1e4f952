package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.outreach.EventFilter;
import org.jcpp.liaison.outreach.EventRow;
import org.jcpp.liaison.outreach.OutreachService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Outreach, end to end: on a phone a liaison plans "Academy recruits at the food shelf" in Brooklyn Park, then records
 * it as held with 35 residents, 6 recruits and 12 volunteer hours (a double click on save stores it once); it shows on
 * the calendar and on the food shelf's partner page.
 */
class OutreachJourneyIT extends BrowserTest {

    @Autowired
    OutreachService outreach;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void recruits_at_the_food_shelf_are_planned_recorded_and_shown_on_the_calendar_and_the_partner_page() {
        String title = "Academy recruits at the food shelf " + System.nanoTime() % 100000;
        LocalDate yesterday = LocalDate.now().minusDays(1);
        String day = yesterday.format(DateTimeFormatter.ofPattern("M/d/yyyy"));

        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("events/plan"));
        phone.getByLabel("Title").fill(title);
        choose(phone, "Type of event", "Volunteering", 0);
        pick(phone, "Member city", "Brooklyn Park");
        dateTime(phone, "Starts", day, "9:00 AM");
        dateTime(phone, "Ends", day, "1:00 PM");
        pick(phone, "Member city", "Brooklyn Park");
        pick(phone, "Partner organizations", "La Familia Food Shelf");
        phone.getByText("Save event").dblclick();
        phone.waitForURL(Pattern.compile(".*/event/\\d+$"));
        assertThat(phone.getByText("Event planned")).isVisible();
        var signedIn = new SignedIn(userDetails);
        assertThat(eventsTitled(signedIn, title)).hasSize(1);

        phone.getByText("Record how it went").click();
        phone.waitForURL(Pattern.compile(".*/events/plan/\\d+$"));
        phone.getByLabel("Attendance (total headcount)").fill("35");
        phone.getByText("Add a police department").click();
        pick(phone, "Police department", "Brooklyn Park Police Department");
        phone.getByLabel("Recruits").fill("6");
        phone.getByLabel("Volunteer hours").fill("12");
        phone.getByText("Save event").dblclick();
        phone.waitForURL(Pattern.compile(".*/event/\\d+$"));
        assertThat(phone.getByText("35 people")).isVisible();
        assertThat(phone.getByText("Brooklyn Park Police Department: no officers, 6 recruits, 12 volunteer hours"))
                .isVisible();
        assertThat(eventsTitled(signedIn, title))
                .singleElement()
                .extracting(EventRow::attendance)
                .isEqualTo(35);

        phone.navigate(url("calendar"));
        phone.locator(".calendar-period").waitFor();
        if (yesterday.getMonth() != LocalDate.now().getMonth()) {
            phone.getByLabel("Previous").click();
        }
        Locator entry = phone.locator(".calendar-entry", new Page.LocatorOptions().setHasText(title));
        assertThat(entry).hasCount(1);

        phone.navigate(url("partners"));
        phone.getByText("La Familia Food Shelf").click();
        phone.waitForURL(Pattern.compile(".*/partner/\\d+$"));
        assertThat(phone.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title)))
                .hasCount(1);
    }

    private java.util.List<EventRow> eventsTitled(SignedIn signedIn, String title) {
        return signedIn.as("demo-liaison", () -> outreach.rows(EventFilter.ANY, Pageable.ofSize(1000)).stream()
                .filter(row -> row.title().equals(title))
                .toList());
    }

    /** Fills a Vaadin date-time picker: its date part, then its time part. */
    private static void dateTime(Page page, String label, String date, String time) {
        var picker = page.locator(
                "vaadin-date-time-picker",
                new Page.LocatorOptions().setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))));
        var inputs = picker.locator("input");
        inputs.nth(0).fill(date);
        inputs.nth(0).press("Enter");
        inputs.nth(1).fill(time);
        inputs.nth(1).press("Enter");
    }
}
