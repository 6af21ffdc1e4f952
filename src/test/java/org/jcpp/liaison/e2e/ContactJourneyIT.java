package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The liaison's daily log, end to end: on a phone, log an anonymous Spanish group contact with the language line (an
 * interpreter used, by the telephone line) and
 * two needs in one form; a coordinator finds it by city and language; the needs are in the liaison's follow-ups;
 * resolving one records its outcome.
 */
class ContactJourneyIT extends BrowserTest {

    @Test
    void a_liaison_logs_a_contact_on_a_phone_and_it_reaches_the_coordinator_and_the_follow_ups() {
        String marker = "church-forum-" + UUID.randomUUID().toString().substring(0, 8);
        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("contacts/log"));
        pick(phone, "Member city", "Brooklyn Park");
        choose(phone, "Kind of contact", "Community meeting or forum", 0);
        choose(phone, "Kind of place", "Faith community", 0);
        phone.getByLabel("People reached").fill("23");
        pick(phone, "Languages spoken", "Spanish");
        choose(phone, "Interpreter", "Interpreter used", 0);
        choose(phone, "How it was provided", "Telephone interpreter line", 0);
        phone.getByLabel("Summary").fill("Forum in the church hall about traffic stops, " + marker);
        phone.getByText("Add a need").click();
        phone.getByText("Add a need").click();
        choose(phone, "Category", "Traffic", 0);
        phone.getByLabel("What is needed").nth(0).fill("Speeding near the bus stop " + marker);
        choose(phone, "Category", "Housing", 1);
        phone.getByLabel("What is needed").nth(1).fill("Landlord refuses repairs " + marker);
        phone.getByText("Save contact").click();

        phone.waitForURL(Pattern.compile(".*/contact/\\d+(\\?logged=1)?$"));
        assertThat(phone.getByText("Contact logged")).isVisible();
        assertThat(phone.getByText("Traffic: Speeding near the bus stop " + marker))
                .isVisible();
        assertThat(phone.getByText("Housing: Landlord refuses repairs " + marker))
                .isVisible();

        Page desk = newPage(1280, 900);
        signIn(desk, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        desk.navigate(url("contacts"));
        pick(desk, "Member city", "Brooklyn Park");
        pick(desk, "Language", "Spanish", true);
        desk.getByLabel("Summary contains").fill(marker);
        desk.getByLabel("Summary contains").press("Enter");
        assertThat(desk.getByText("1 contact", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(desk.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(marker)))
                .hasCount(1);

        phone.navigate(url("follow-ups"));
        scrollGridToEnd(phone);
        var traffic = phone.locator(
                "vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Speeding near the bus stop " + marker));
        assertThat(traffic).hasCount(1);
        assertThat(phone.locator(
                        "vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("Landlord refuses repairs " + marker)))
                .hasCount(1);
        traffic.click();
        phone.waitForURL(Pattern.compile(".*/need/\\d+$"));
        choose(phone, "Status", "Resolved", 0);
        phone.getByLabel("Outcome: what was done").fill("Traffic unit ran speed checks at the bus stop for two weeks");
        phone.getByText("Save follow-up").click();
        assertThat(phone.getByText("Follow-up saved")).isVisible();
        assertThat(phone.getByText(Pattern.compile("recorded the outcome: Traffic unit ran speed checks")))
                .isVisible();
        // a resolved need offers only staying resolved or reopening it: never "referred" or "closed" straight away
        phone.getByLabel("Status").click();
        assertThat(phone.getByRole(AriaRole.OPTION).filter(new Locator.FilterOptions().setVisible(true)))
                .hasText(new String[] {"Open", "In progress", "Resolved"});
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "need-resolved-390.png")));
        phone.keyboard().press("Escape");
        desk.navigate(phone.url()); // the same need on a desktop, as the coordinator sees it
        assertThat(desk.getByText(Pattern.compile("recorded the outcome: Traffic unit ran speed checks")))
                .isVisible();
        desk.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", "need-resolved-1280.png"))
                .setFullPage(true));

        phone.navigate(url("follow-ups"));
        scrollGridToEnd(phone);
        assertThat(phone.locator(
                        "vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("Landlord refuses repairs " + marker)))
                .hasCount(1);
        assertThat(traffic).hasCount(0);
    }

    @Test
    void wording_that_records_status_is_flagged_before_saving_and_can_be_rephrased() {
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contacts/log"));
        pick(page, "Member city", "Brooklyn Center");
        choose(page, "Kind of contact", "One-to-one", 0);
        choose(page, "Kind of place", "Home", 0);
        page.getByLabel("Summary").fill("Resident is undocumented and afraid to call");
        page.getByText("Save contact").click();
        assertThat(page.getByText("Check the wording")).isVisible();
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Rephrase"))
                .click();
        assertThat(page).hasURL(url("contacts/log"));
        org.assertj.core.api.Assertions.assertThat(page.getByLabel("Summary").inputValue())
                .isEqualTo("Resident is undocumented and afraid to call");
        page.getByLabel("Summary").fill("Resident is afraid to call the police");
        page.getByText("Save contact").click();
        page.waitForURL(Pattern.compile(".*/contact/\\d+(\\?logged=1)?$"));
        assertThat(page.getByText("Resident is afraid to call the police")).isVisible();
    }
}
