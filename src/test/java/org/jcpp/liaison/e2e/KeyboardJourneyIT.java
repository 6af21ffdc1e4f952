package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A keyboard user: the first Tab on a page reaches "Skip to main content", which takes them past the menu into the
 * view; a form opens with its first field focused; a focused field is never hidden under the sticky Save bar.
 */
class KeyboardJourneyIT extends BrowserTest {

    @BeforeAll
    static void patience() {
        // the first page of a fresh app on a busy machine can take longer than Playwright's default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /** The tag and text of the element that has the focus, looking through shadow roots. */
    private static String focused(Page page) {
        return (String) page.evaluate("""
                () => {
                  let e = document.activeElement;
                  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
                  let host = e;
                  while (host && !host.tagName.startsWith('VAADIN-') && host.getRootNode() instanceof ShadowRoot)
                    host = host.getRootNode().host;
                  const inNav = !!(e && e.closest && (e.closest('vaadin-side-nav') || e.closest('vaadin-side-nav-item')));
                  const field = e && e.closest ? e.closest('vaadin-date-time-picker, vaadin-text-field') : null;
                  return (inNav ? 'menu ' : '') + (e ? e.tagName.toLowerCase() : 'none') + ' '
                    + (field ? field.tagName.toLowerCase() + ' ' : '')
                    + (e && e.textContent ? e.textContent.trim() : '');
                }
                """);
    }

    private static boolean focusInsideSideNav(Page page) {
        return (Boolean) page.evaluate("""
                () => {
                  let e = document.activeElement;
                  if (!e) return false;
                  return !!(e.closest('vaadin-side-nav') || e.closest('vaadin-drawer-toggle') || e.closest('.user-box'));
                }
                """);
    }

    @Test
    void the_first_tab_reaches_the_skip_link_which_moves_focus_past_the_menu() {
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, 800);
            signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
            assertThat(page.getByText("Welcome, Amina Hassan")).isVisible();

            // at once, as a keyboard user would, on a slow device (the CPU slowed sixfold): the link is in place as
            // soon as the page shows (it once was not: on a busy machine the first Tab went past it to the menu while
            // the layout was still placing its top bar)
            var cdp = page.context().newCDPSession(page);
            var slow = new com.google.gson.JsonObject();
            slow.addProperty("rate", 6);
            cdp.send("Emulation.setCPUThrottlingRate", slow);
            page.reload();
            assertThat(page.getByText("Welcome, Amina Hassan")).isVisible();
            page.keyboard().press("Tab");
            assertThat(focused(page)).as("what the first Tab reached").isEqualTo("a Skip to main content");
            var skip = page.getByText("Skip to main content");
            assertThat(skip).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Path.of("target/screenshots", "skip-link-focused-" + width + ".png")));

            page.keyboard().press("Enter");
            page.waitForTimeout(300);
            page.keyboard().press("Tab");
            assertThat(focusInsideSideNav(page))
                    .as("after the skip link, Tab reaches the view, not the menu: " + focused(page))
                    .isFalse();
            assertThat((Boolean) page.evaluate("() => !!document.activeElement.closest('[id=main-content]')"))
                    .as("focus is inside the view's content: " + focused(page))
                    .isTrue();
        }
    }

    @Test
    void the_contact_form_opens_with_its_first_field_focused_and_no_calendar_over_a_phone_screen() {
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, 800);
            signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
            page.navigate(url("contacts/log"));
            assertThat(page.getByLabel("Member city")).isVisible();
            page.waitForTimeout(500);
            // "When" comes filled in with now; the first field to fill is the member city
            assertThat(focused(page)).doesNotContain("picker");
            assertThat(page.getByLabel("Member city")).isFocused();
            assertThat(page.locator("vaadin-date-picker-overlay[opened]")).hasCount(0);
        }
    }

    @Test
    void a_field_reached_with_tab_is_never_under_the_sticky_save_bar() {
        Page page = newPage(390, 600);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contacts/log"));
        assertThat(page.getByLabel("Member city")).isVisible();
        // the form focuses its first field once it is open: wait for that, so it cannot take the focus back later
        page.waitForFunction("() => document.activeElement && document.activeElement.tagName === 'INPUT'");
        var headcount = page.getByLabel("People reached");
        headcount.focus();
        // the next field (Languages spoken) stands just above the bottom edge of the window, where the Save bar is
        page.evaluate("""
                () => {
                  const next = document.querySelector('vaadin-multi-select-combo-box input');
                  let box = next;
                  while (box && !(box.scrollHeight > box.clientHeight
                      && /(auto|scroll)/.test(getComputedStyle(box).overflowY))) {
                    box = box.parentElement || (box.getRootNode() instanceof ShadowRoot ? box.getRootNode().host : null);
                  }
                  box = box || document.scrollingElement;
                  const bottom = box === document.scrollingElement ? window.innerHeight
                      : box.getBoundingClientRect().bottom;
                  box.scrollTop += next.getBoundingClientRect().bottom - (bottom - 4);
                }
                """);
        page.keyboard().press("Tab");
        page.waitForTimeout(300);
        var overlap = (String) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  const bar = document.querySelector('.form-actions');
                  const r = e.getBoundingClientRect(), b = bar.getBoundingClientRect();
                  return r.bottom > b.top + 1 ? e.getAttribute('aria-labelledby') + ' bottom ' + r.bottom
                    + ', Save bar top ' + b.top : '';
                }
                """);
        assertThat(page.getByLabel("Languages spoken")).isFocused();
        assertThat(overlap).as("focused field hidden under the Save bar").isEmpty();
    }
}
