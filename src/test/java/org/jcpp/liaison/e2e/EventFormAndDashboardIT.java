package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.reporting.Period;
import org.junit.jupiter.api.Test;

/** The event form's Starts and Ends, and the dashboard's choice kept in the address, in a real browser. */
class EventFormAndDashboardIT extends BrowserTest {

    @Test
    void starts_and_ends_share_a_row_on_a_desktop_and_stack_on_a_phone() {
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, 900);
            signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("events/plan"));
            var starts = picker(page, "Starts").boundingBox();
            var ends = picker(page, "Ends").boundingBox();
            if (width == 1280) {
                assertThat(ends.y).isEqualTo(starts.y);
                assertThat(ends.x).isGreaterThan(starts.x + starts.width - 1);
            } else {
                assertThat(ends.y).isGreaterThan(starts.y + starts.height - 1);
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Path.of("target/screenshots", "event-form-" + width + ".png")));
        }
    }

    @Test
    void the_dashboards_choice_is_in_the_address_and_a_reload_keeps_it() {
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, 900);
            signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("dashboard"));
            BrowserTest.choose(page, "Period", "Quarter", 0);
            var quarter = Period.quarterOf(YearMonth.now());
            page.waitForURL(Pattern.compile(".*dashboard\\?.*from=" + quarter.firstDay() + ".*"));
            page.reload();
            page.waitForLoadState();
            var month = java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", java.util.Locale.US);
            // the quarter, in the period choice and over the figures
            page.locator(".dashboard-totals")
                    .getByText(
                            quarter.from().format(month) + " – " + quarter.to().format(month))
                    .waitFor();
            String quarterChoice =
                    quarter.from().format(java.time.format.DateTimeFormatter.ofPattern("LLLL", java.util.Locale.US))
                            + " – " + quarter.to().format(month);
            page.locator(".filter-bar vaadin-select-value-button")
                    .getByText(quarterChoice)
                    .waitFor();
            assertThat(page.url()).contains("to=" + quarter.lastDay());
            // on a phone the charts (unreadable at that width) give way to the tables carrying the same figures
            assertThat(page.locator("img.dashboard-chart").first().isVisible()).isEqualTo(width == 1280);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Path.of("target/screenshots", "dashboard-" + width + ".png")));
        }
    }

    @Test
    void at_a_desk_the_city_table_shows_one_kind_of_figures_without_scrolling_sideways_and_a_choice_shows_the_next() {
        Page page = newPage(1280, 900);
        signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("dashboard"));
        var table = page.locator(".dashboard-view vaadin-grid").first();
        var headers = table.locator("vaadin-grid-cell-content");
        headers.getByText("Median days to resolve").waitFor();
        assertThat(sidewaysOverflow(table))
                .as("the table's width beyond its box, px")
                .isLessThanOrEqualTo(1);
        assertThat(headers.getByText("Roll-call briefings").isVisible()).isFalse();

        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Roll-call and training"))
                .check();
        headers.getByText("Roll-call briefings").waitFor();
        assertThat(headers.getByText("Median days to resolve").isVisible()).isFalse();
        assertThat(sidewaysOverflow(table)).isLessThanOrEqualTo(1);
        // the city stays beside the figures, and each figure still opens the list behind it
        assertThat(headers.getByText("Member city").isVisible()).isTrue();
        assertThat(table.locator("a.figure-link[href^='rollcall?']").first().isVisible())
                .isTrue();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target/screenshots", "dashboard-city-table-1280.png")));
        // a figure opens its list; Back comes to the same figures (the choice is in the address)
        page.waitForURL(Pattern.compile(".*figures=officers.*"));
        table.locator("a.figure-link[href^='rollcall?']").first().click();
        page.waitForURL(Pattern.compile(".*/rollcall\\?.*"));
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator(".view-title"))
                .hasText("Roll-call briefings");
        page.goBack();
        page.locator(".dashboard-view vaadin-grid")
                .first()
                .locator("vaadin-grid-cell-content")
                .getByText("Roll-call briefings")
                .waitFor();
        assertThat(page.locator(".dashboard-view vaadin-grid")
                        .first()
                        .locator("vaadin-grid-cell-content")
                        .getByText("Median days to resolve")
                        .isVisible())
                .isFalse();

        // on a phone the choices wrap: the page itself does not move sideways
        Page phone = newPage(390, 844);
        signIn(phone, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("dashboard"));
        phone.getByRole(
                        com.microsoft.playwright.options.AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("All figures"))
                .check();
        phone.locator(".dashboard-view vaadin-grid")
                .first()
                .locator("vaadin-grid-cell-content")
                .getByText("Language line used")
                .waitFor();
        assertThat(((Number) phone.evaluate(
                                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                        .intValue())
                .as("the page's width beyond the phone's, px")
                .isLessThanOrEqualTo(0);
    }

    @Test
    void in_somali_the_city_tables_headers_keep_their_longest_words_whole_and_one_group_fits_at_a_desk() {
        Page page = newPage(1280, 900, "so");
        signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("dashboard"));
        var table = page.locator(".dashboard-view vaadin-grid").first();
        table.locator("vaadin-grid-cell-content")
                .getByText("Baahiyaha la xalliyay")
                .waitFor();
        assertThat(sidewaysOverflow(table)).isLessThanOrEqualTo(1);
        page.navigate(url("dashboard?figures=all"));
        table.locator("vaadin-grid-cell-content")
                .getByText("Dhacdooyinka la qabtay")
                .waitFor();
        // the headers only: a city name typed as one long word is the admin's to shorten
        assertThat(table.evaluate("g => [...g.shadowRoot.querySelectorAll('thead th slot')]"
                        + ".map(s => s.assignedElements()[0]).filter(c => c && c.offsetParent"
                        + " && c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim())"))
                .as("headers cut at their column's edge")
                .asList()
                .isEmpty();
    }

    /** How many pixels of the grid's table lie beyond its box (0: nothing to scroll to). */
    private static int sidewaysOverflow(Locator grid) {
        return ((Number)
                        grid.evaluate(
                                "g => { const t = g.shadowRoot.querySelector('#table'); return t.scrollWidth - t.clientWidth; }"))
                .intValue();
    }

    private static Locator picker(Page page, String label) {
        return page.locator(
                "vaadin-date-time-picker",
                new Page.LocatorOptions().setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))));
    }
}
