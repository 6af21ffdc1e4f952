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

    private static Locator picker(Page page, String label) {
        return page.locator(
                "vaadin-date-time-picker",
                new Page.LocatorOptions().setHas(page.getByText(label, new Page.GetByTextOptions().setExact(true))));
    }
}
