package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.Assertions;
import org.atmosphere.cpr.AtmosphereFramework;
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

    @Autowired
    ServletContext servletContext;

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
        // over a connection without a compressor (PushConnections): Chromium offered one, the app took none
        Assertions.assertThat(offers).isNotEmpty();
        for (var offer : offers) {
            Assertions.assertThat(extensions(offer.getAsJsonObject("request"))).startsWith("permessage-deflate");
            Assertions.assertThat(answerTo(offer, answers)).isEqualTo("101 none");
        }
        // and Atmosphere's read buffers of each new connection are as small as PushConnections set them
        Assertions.assertThat(servletContext.getAttributeNames().asIterator())
                .toIterable()
                .map(servletContext::getAttribute)
                .filteredOn(AtmosphereFramework.class::isInstance)
                .singleElement()
                .extracting(framework -> ((AtmosphereFramework) framework)
                        .getAtmosphereConfig()
                        .getInitParameter("org.atmosphere.websocket.bufferSize"))
                .isEqualTo("1024");
        assertThat(bell).hasAttribute("aria-label", "Notifications, 1 unread");
        bell.click();
        var entry = page.getByText("gave you a follow-up: Youth and school, Brooklyn Park");
        assertThat(entry).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/notification-bell-390.png")));
        entry.click();
        page.waitForURL("**/need/" + logged.needs().getFirst().id());
        assertThat(page.locator(".notification-count")).isHidden();
    }

    /** The status and extensions of the server's answer to {@code offer}, once Chromium has it (within 5 s). */
    private static String answerTo(JsonObject offer, List<JsonObject> answers) {
        String id = offer.get("requestId").getAsString();
        for (int i = 0; i < 50; i++) {
            for (var answer : answers) {
                if (id.equals(answer.get("requestId").getAsString())) {
                    var response = answer.getAsJsonObject("response");
                    return response.get("status").getAsInt() + " " + extensions(response);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "no answer";
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
