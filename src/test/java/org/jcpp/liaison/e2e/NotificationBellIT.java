package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.notifications.Notifications;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The bell on an open page: a need a coordinator gives the liaison shows up without a reload (server push). */
class NotificationBellIT extends BrowserTest {

    @Autowired
    ContactService contacts;

    @Autowired
    Notifications notifications;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_need_given_to_the_liaison_rings_the_bell_on_their_open_page_and_opens_from_it() {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long liaison = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-liaison'", Long.class);
        signedIn.as("demo-liaison", () -> notifications.markAllRead());

        Page page = newPage(390, 844);
        // the push connection's handshake as Chromium sees it: what it offered, what the app accepted
        var offers = new CopyOnWriteArrayList<JsonObject>();
        var answers = new CopyOnWriteArrayList<JsonObject>();
        var devTools = page.context().newCDPSession(page);
        devTools.on("Network.webSocketWillSendHandshakeRequest", offers::add);
        devTools.on("Network.webSocketHandshakeResponseReceived", answers::add);
        devTools.send("Network.enable");
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("contacts"));
        var bell = page.locator(".notification-bell");
        assertThat(bell).hasAttribute("aria-label", "Notifications, 0 unread");
        assertThat(page.locator(".notification-count")).isHidden();

        var logged = signedIn.as(
                "demo-coordinator",
                () -> contacts.log(SampleContacts.visit(
                        park,
                        "Visit",
                        new NeedData(
                                NeedCategory.YOUTH_AND_SCHOOL,
                                "After-school program",
                                liaison,
                                LocalDate.now().plusDays(4),
                                null,
                                null,
                                null))));

        // no reload: the page hears of it
        assertThat(page.locator(".notification-count")).hasText("1");
        // over a connection without a compressor on the server (PushConnections): Chromium offered one, the app said no
        org.assertj.core.api.Assertions.assertThat(offers.stream()
                        .map(offer -> extensions(offer.getAsJsonObject("request")))
                        .toList())
                .isNotEmpty()
                .allSatisfy(offered ->
                        org.assertj.core.api.Assertions.assertThat(offered).startsWith("permessage-deflate"));
        org.assertj.core.api.Assertions.assertThat(answers.stream()
                        .map(answer -> answer.getAsJsonObject("response").get("status")
                                + " "
                                + extensions(answer.getAsJsonObject("response")))
                        .toList())
                .hasSameSizeAs(offers)
                .containsOnly("101 none");
        assertThat(bell).hasAttribute("aria-label", "Notifications, 1 unread");
        bell.click();
        var entry = page.getByText("gave you a follow-up: Youth and school, Brooklyn Park");
        assertThat(entry).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notification-bell-390.png")));
        entry.click();
        page.waitForURL("**/need/" + logged.needs().getFirst().id());
        assertThat(page.locator(".notification-count")).isHidden();
    }

    /** The WebSocket extensions of a handshake's request or answer, as Chromium's DevTools report them. */
    private static String extensions(JsonObject message) {
        var headers = message.getAsJsonObject("headers");
        return headers.keySet().stream()
                .filter("Sec-WebSocket-Extensions"::equalsIgnoreCase)
                .map(name -> headers.get(name).getAsString())
                .findFirst()
                .orElse("none");
    }
}
