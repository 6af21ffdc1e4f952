package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the accessibility journeys share: a page opened and read by axe-core, its serious findings gathered to be
 * asserted at the end (so one run reports every page's findings, not only the first). Two classes, a liaison's pages and
 * an admin's.
 */
abstract class AxePages extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    final List<String> findings = new ArrayList<>();

    long id(String sql) {
        var ids = jdbc.queryForList(sql, Long.class);
        assertThat(ids).as("a demo record for " + sql).isNotEmpty();
        return ids.getFirst();
    }

    void check(Page page, String route) {
        open(page, route);
        analyze(page, route.isEmpty() ? "home" : route);
    }

    void open(Page page, String route) {
        page.navigate(url(route));
    }

    static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .first()
                .click();
    }

    void analyze(Page page, String where) {
        findings.addAll(AxeCheck.seriousFindings(page, where));
    }
}
