package org.jcpp.liaison.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ShotsIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private void shot(Page page, String route, String name) {
        page.navigate(url(route));
        page.waitForTimeout(2500);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("/tmp/shots", name + ".png"))
                .setFullPage(true));
    }

    @Test
    void shots() {
        long committee = jdbc.queryForObject(
                "SELECT c.id FROM advisory_committee c JOIN member_city m ON m.id = c.city_id WHERE m.name = 'Brooklyn Park'",
                Long.class);
        long meeting = jdbc.queryForObject(
                "SELECT id FROM committee_meeting WHERE committee_id = ? AND status = 'HELD' ORDER BY starts_at DESC LIMIT 1",
                Long.class,
                committee);
        long recommendation = jdbc.queryForObject(
                "SELECT id FROM committee_recommendation WHERE committee_id = ? AND status = 'DONE' LIMIT 1",
                Long.class,
                committee);
        long member = jdbc.queryForObject(
                "SELECT id FROM committee_member WHERE committee_id = ? LIMIT 1", Long.class, committee);
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, width > 500 ? 900 : 844);
            signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
            shot(page, "committees", "list-" + width);
            shot(page, "committees/committee/" + committee, "committee-" + width);
            shot(page, "committees/meeting/" + meeting, "meeting-" + width);
            shot(page, "committees/meeting/edit?committee=" + committee, "meeting-form-" + width);
            shot(page, "committees/recommendation/" + recommendation, "recommendation-" + width);
            shot(page, "committees/recommendation/edit?meeting=" + meeting, "recommendation-form-" + width);
            shot(page, "committees/recommendations", "recommendations-" + width);
            shot(page, "committees/member/" + member, "member-" + width);
        }
        Page spanish = newPage(1280, 900, "es-US");
        signIn(spanish, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        shot(spanish, "committees/committee/" + committee, "committee-es");
        shot(spanish, "committees/recommendation/" + recommendation, "recommendation-es");
    }
}
