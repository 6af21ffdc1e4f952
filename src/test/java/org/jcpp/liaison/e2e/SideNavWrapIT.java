package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.List;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Long menu names (Spanish: "Eventos de acercamiento") wrap onto a second line instead of being cut. */
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
}
