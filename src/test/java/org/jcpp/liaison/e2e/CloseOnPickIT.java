package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The event form's multi-select lists close after each pick, as the contact form's do (not left over the form). */
class CloseOnPickIT extends BrowserTest {

    @Test
    void the_event_forms_languages_list_closes_after_a_pick_and_shows_the_chip() {
        Page page = newPage(390, 844);
        signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("events/plan"));
        var box = page.locator(
                "vaadin-multi-select-combo-box", new Page.LocatorOptions().setHasText("Languages offered"));
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Languages offered"))
                .click();
        page.keyboard().type("Som"); // the list is long (two dozen languages): a user types to find one
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Somali").setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true))
                .first()
                .click();
        page.waitForTimeout(500);
        assertThat(box.evaluate("box => box.opened")).isEqualTo(false);
        assertThat(box.locator("vaadin-multi-select-combo-box-chip")
                                .allTextContents()
                                .toString()
                        + box.evaluate("box => [...box.querySelectorAll('vaadin-multi-select-combo-box-chip')]"
                                + ".map(chip => chip.label).join(',')"))
                .contains("Somali");
    }
}
