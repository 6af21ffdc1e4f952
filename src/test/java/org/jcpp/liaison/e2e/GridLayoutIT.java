package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Lists in Chromium at a laptop's width: each header sits over its column, and the text columns are readable. */
class GridLayoutIT extends BrowserTest {

    /** For each visible column: left edge and width of its header cell and of its first body cell, and cut text. */
    private static final String MEASURE = """
            grid => {
              const root = grid.shadowRoot;
              const visible = c => !c.hidden && c.getBoundingClientRect().width > 0;
              const heads = [...root.querySelectorAll('thead tr:last-child th')].filter(visible);
              const row = [...root.querySelectorAll('tbody#items tr')].find(r => !r.hidden && r.getBoundingClientRect().height > 0);
              const cells = [...row.querySelectorAll('td')].filter(visible);
              return heads.map((th, i) => {
                const td = cells[i];
                const content = td.querySelector('slot').assignedElements()[0];
                return {
                  header: th.querySelector('slot').assignedElements()[0].textContent.trim(),
                  headLeft: Math.round(th.getBoundingClientRect().left),
                  cellLeft: Math.round(td.getBoundingClientRect().left),
                  cellWidth: Math.round(td.getBoundingClientRect().width),
                  text: content.textContent.trim(),
                  cut: content.scrollWidth > content.clientWidth + 1
                };
              });
            }
            """;

    @Test
    void contact_list_headers_sit_over_their_columns_and_kind_and_summary_are_readable_at_1366_px() {
        for (int width : new int[] {1366, 1280}) {
            Page page = newPage(width, 800);
            signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("contacts"));
            page.getByText(java.util.regex.Pattern.compile("^\\d+ contacts$")).waitFor();
            page.waitForTimeout(1000);
            @SuppressWarnings("unchecked")
            var columns =
                    (List<Map<String, Object>>) page.locator("vaadin-grid").evaluate(MEASURE);
            System.out.println("contacts at " + width + ": " + columns);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots", "contacts-grid-" + width + ".png")));
            assertThat(columns).allSatisfy(c -> assertThat(((Number) c.get("headLeft")).intValue())
                    .as("header %s", c.get("header"))
                    .isCloseTo(((Number) c.get("cellLeft")).intValue(), org.assertj.core.data.Offset.offset(2)));
            assertThat(columns)
                    .filteredOn(c -> List.of("Kind of contact", "Summary").contains(c.get("header")))
                    .hasSize(2)
                    .allSatisfy(c -> assertThat(((Number) c.get("cellWidth")).intValue())
                            .as("width of %s", c.get("header"))
                            .isGreaterThan(120));
            int gridRight = ((Number)
                            page.locator("vaadin-grid").evaluate("g => Math.round(g.getBoundingClientRect().right)"))
                    .intValue();
            assertThat(columns.getLast())
                    .as("the last column fits in the grid at %d px", width)
                    .satisfies(c -> assertThat(
                                    ((Number) c.get("cellLeft")).intValue() + ((Number) c.get("cellWidth")).intValue())
                            .isLessThanOrEqualTo(gridRight));
        }
    }

    @Test
    void needs_list_headers_sit_over_their_columns_and_overdue_stands_out_at_1366_px() {
        Page page = newPage(1366, 800);
        signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("needs"));
        page.getByText(java.util.regex.Pattern.compile("^\\d+ needs$")).waitFor();
        page.waitForTimeout(1000);
        @SuppressWarnings("unchecked")
        var columns = (List<Map<String, Object>>) page.locator("vaadin-grid").evaluate(MEASURE);
        System.out.println("needs at 1366: " + columns);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "needs-grid-1366.png")));
        assertThat(columns).allSatisfy(c -> assertThat(((Number) c.get("headLeft")).intValue())
                .as("header %s", c.get("header"))
                .isCloseTo(((Number) c.get("cellLeft")).intValue(), org.assertj.core.data.Offset.offset(2)));
        var overdue = page.locator(".overdue-badge").first();
        assertThat(overdue.textContent()).isEqualTo("Overdue");
        assertThat(overdue.evaluate("e => getComputedStyle(e).fontWeight")).isEqualTo("600");

        for (String view : new String[] {"contacts", "needs"}) {
            Page phone = newPage(390, 844);
            signIn(phone, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
            phone.navigate(url(view));
            phone.getByText(java.util.regex.Pattern.compile("^\\d+ " + view + "$"))
                    .waitFor();
            phone.waitForTimeout(1000);
            phone.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", view + "-grid-390.png")));
        }
    }

    @Test
    void on_a_phone_the_admin_reads_each_account_in_one_column_with_its_role_and_cities() {
        Page phone = newPage(390, 844);
        signIn(phone, "demo-admin", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("admin/accounts"));
        var liaison = phone.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Amina Hassan"));
        liaison.first().waitFor();
        phone.waitForTimeout(1000);
        @SuppressWarnings("unchecked")
        var columns = (List<Map<String, Object>>) phone.locator("vaadin-grid").evaluate(MEASURE);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "accounts-390.png")));
        assertThat(columns).hasSize(1);
        assertThat(liaison.first().textContent()).contains("Liaison").contains("Brooklyn");
        liaison.first().click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(phone.locator("vaadin-dialog-overlay"))
                .isVisible();
    }

    @Test
    void a_filter_with_nothing_chosen_reads_in_the_text_colour_of_the_filters_beside_it() {
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("rollcall/coverage"));
        var topic = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Topic"));
        topic.waitFor();
        assertThat(topic.getAttribute("placeholder")).isEqualTo("All topics");
        String allTopics = (String) topic.evaluate("input => getComputedStyle(input, '::placeholder').color");
        String fromDay = (String) page.getByLabel("From").first().evaluate("input => getComputedStyle(input).color");
        assertThat(allTopics)
                .as("\"All topics\" is what the filter is set to, not a grey hint")
                .isEqualTo(fromDay);
    }

    @Test
    void on_a_phone_my_follow_ups_name_the_city_and_the_date_and_overdue_stands_out_in_red() {
        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("follow-ups"));
        var entry = phone.locator(".two-line", new Page.LocatorOptions().setHasText("Overdue"))
                .first();
        entry.waitFor();
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "follow-ups-390.png")));
        assertThat(entry.textContent()).contains("Follow up by").containsPattern("Brooklyn (Park|Center)");
        String details = (String) entry.locator("span").first().evaluate("span => getComputedStyle(span).color");
        String overdue = (String) entry.locator(".overdue-badge").evaluate("span => getComputedStyle(span).color");
        assertThat(overdue).as("\"Overdue\" against the grey line it ends").isNotEqualTo(details);
    }
}
