package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator opens a list of more than a thousand contacts: it says about how many (not an exact count of every
 * row), and scrolled to its end the grid holds exactly the contacts there are.
 */
class ContactListTotalIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_list_of_more_than_a_thousand_contacts_says_about_how_many_and_ends_at_the_last_one() {
        long crystal = jdbc.queryForObject("SELECT id FROM member_city WHERE name = 'Crystal'", Long.class);
        long coordinator =
                jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-coordinator'", Long.class);
        // 1,200 contacts, one every 12 minutes over ten days eight months ago (no change of clocks in them), stored as
        // the app stores times (UTC); removed at the end so that no other test meets them
        LocalDate first = LocalDate.now().minusMonths(8).withDayOfMonth(11);
        String marker = "total-" + Long.toString(System.nanoTime(), 36);
        jdbc.update(
                """
                INSERT INTO contact (occurred_at, city_id, liaison_id, created_by, kind, place_type, headcount, summary)
                SELECT (CAST(? AS timestamp) + n * INTERVAL '12 minutes') AT TIME ZONE ? AT TIME ZONE 'UTC',
                       ?, ?, ?, 'ONE_TO_ONE', 'HOME', 1, ?
                FROM generate_series(0, 1199) n
                """, first.atStartOfDay(), TimeZone.getDefault().getID(), crystal, coordinator, coordinator, marker);
        try {
            LocalDate last = first.plusDays(9);
            long there = jdbc.queryForObject(
                    "SELECT count(*) FROM contact WHERE city_id = ? AND occurred_at >= ? AND occurred_at < ?",
                    Long.class,
                    crystal,
                    java.sql.Timestamp.from(
                            first.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()),
                    java.sql.Timestamp.from(last.plusDays(1)
                            .atStartOfDay(java.time.ZoneId.systemDefault())
                            .toInstant()));
            assertThat(there).isGreaterThan(1000);
            String address = "contacts?city=" + crystal + "&from=" + first + "&to=" + last;
            for (int width : new int[] {1280, 390}) {
                Page page = newPage(width, 900);
                signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
                page.navigate(url(address));
                assertThat(page.getByText(Pattern.compile("^About 1,[23]00 contacts$")))
                        .isVisible();
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots/contacts-about-" + width + ".png")));
                if (width == 1280) {
                    // scrolled past its estimate, the grid ends at the last contact there is
                    page.locator("vaadin-grid").evaluate("grid => grid.scrollToIndex(5000)");
                    // the oldest of them, the first inserted, midnight of the first day, is the grid's last row
                    String firstDay = java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.US)
                            .format(first);
                    assertThat(page.getByText(Pattern.compile("^" + firstDay + ",\\s12:00\\sAM$")))
                            .isVisible();
                    assertThat(page.getByText(Pattern.compile("^" + firstDay + ",\\s12:12\\sAM$")))
                            .isVisible();
                }
            }
            // in Spanish, as a browser set to Spanish gets it
            Page spanish = newPage(390, 900, "es-US");
            signIn(spanish, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
            spanish.navigate(url(address));
            assertThat(spanish.getByText(Pattern.compile("^Unos 1\\D?[23]00 contactos$")))
                    .isVisible();
            spanish.screenshot(
                    new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/contacts-about-es-390.png")));
        } finally {
            jdbc.update("DELETE FROM contact WHERE summary = ?", marker);
        }
    }
}
