package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Chosen cities show their whole names as chips: Brooklyn Center and Brooklyn Park can be told apart. */
class CityChipsIT extends BrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_dashboards_chosen_cities_show_their_whole_names_on_a_desktop_and_a_phone() {
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, 900);
            signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("dashboard"));
            for (String city : new String[] {"Brooklyn Center", "Brooklyn Park", "St. Louis Park"}) {
                pick(page, "Cities", city);
            }
            page.waitForTimeout(500);
            var shown = (List<String>) page.locator("vaadin-multi-select-combo-box")
                    .first()
                    .evaluate("box => [...box.querySelectorAll('vaadin-multi-select-combo-box-chip')]"
                            + ".filter(chip => chip.slot !== 'overflow' && chip.offsetParent !== null)"
                            + ".map(chip => { const label = chip.shadowRoot.querySelector('[part=label]');"
                            + " return label.scrollWidth <= label.clientWidth ? chip.label : 'cut: ' + chip.label; })");
            assertThat(shown)
                    .as("at %d px", width)
                    .containsExactly("Brooklyn Center", "Brooklyn Park", "St. Louis Park");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots", "dashboard-city-chips-" + width + ".png")));
        }
    }
}
