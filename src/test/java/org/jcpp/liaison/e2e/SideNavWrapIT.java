package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The app's frame: long menu names (Spanish: "Eventos de acercamiento") wrap onto a second line instead of being cut;
 * on a touch phone the title bar sits at the bottom, in reach of a thumb, with no empty bar left at the top.
 */
class SideNavWrapIT extends BrowserTest {

    @Test
    @SuppressWarnings("unchecked")
    void spanish_menu_names_are_shown_whole() {
        Page page = newPage(1280, 900, "es-US");
        signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        page.locator("vaadin-side-nav-item").first().waitFor();
        var cut = (List<String>) page.evaluate("() => [...document.querySelectorAll('vaadin-side-nav-item')]"
                + ".filter(item => { const slot = item.shadowRoot.querySelector('slot:not([name])');"
                + " return slot.scrollWidth > slot.clientWidth; }).map(item => item.textContent.trim())");
        assertThat(cut).isEmpty();
        assertThat(page.locator("vaadin-side-nav-item").allTextContents())
                .anySatisfy(text -> assertThat(text).contains("Eventos de acercamiento"))
                .anySatisfy(text -> assertThat(text).contains("Sesiones de capacitación"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "side-nav-es-1280.png")));

        Page phone = newPage(390, 844, "es-US");
        signIn(phone, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        phone.locator("vaadin-drawer-toggle").first().click();
        phone.waitForTimeout(500);
        phone.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "side-nav-es-390.png")));
    }

    @Test
    void on_a_touch_phone_the_title_bar_is_at_the_bottom_and_nothing_is_left_at_the_top() {
        Page phone = newTouchPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("contacts"));
        phone.getByText("Log a contact").first().waitFor();
        waitUntilSent(phone);
        var title = phone.locator(".view-title").boundingBox();
        assertThat(title.y).as("the title bar at the bottom of the screen").isGreaterThan(700);
        double topBar = ((Number) phone.evaluate("() => document.querySelector('vaadin-app-layout')"
                        + ".shadowRoot.getElementById('navbarTop').getBoundingClientRect().height"))
                .doubleValue();
        assertThat(topBar).as("height of the bar left at the top").isZero();
        var firstLine = phone.getByText("Filters").first().boundingBox();
        assertThat(firstLine.y).as("the page's first line near the top").isLessThan(60);
        phone.screenshot(
                new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "touch-phone-contacts.png")));
        assertThat(AxeCheck.seriousFindings(phone, "contacts on a touch phone"))
                .as("serious or critical axe-core findings, the bar at the bottom")
                .isEmpty();
    }
}
