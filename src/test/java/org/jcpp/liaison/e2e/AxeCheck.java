package org.jcpp.liaison.e2e;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** axe-core over the page as it stands, once Vaadin has answered: its serious and critical findings, one line each. */
final class AxeCheck {

    private static final Set<String> SERIOUS = Set.of("serious", "critical");

    private AxeCheck() {}

    static List<String> seriousFindings(Page page, String where) {
        page.waitForLoadState();
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
        page.waitForTimeout(300); // the components' own rendering after the last response
        return analyze(page, where);
    }

    /** The same for a page without Vaadin (a survey's public page: plain HTML from the server). */
    static List<String> seriousFindingsOfPlainPage(Page page, String where) {
        page.waitForLoadState();
        return analyze(page, where);
    }

    private static List<String> analyze(Page page, String where) {
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations")); // passes and the rest are not collected node by node
        var results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .options(options)
                // in the page itself: the app has no frames, so no second page to merge the frames' results
                .setLegacyMode(true)
                .analyze();
        var findings = new ArrayList<String>();
        for (var rule : results.getViolations()) {
            if (SERIOUS.contains(rule.getImpact())) {
                for (var node : rule.getNodes()) {
                    findings.add("%s at %s: %s %s — %s"
                            .formatted(
                                    where,
                                    page.viewportSize().width,
                                    rule.getImpact(),
                                    rule.getId(),
                                    node.getTarget() + " " + node.getHtml()));
                }
            }
        }
        return findings;
    }
}
