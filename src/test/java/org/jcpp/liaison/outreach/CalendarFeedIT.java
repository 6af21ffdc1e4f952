package org.jcpp.liaison.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The secret calendar link, fetched over HTTP as a calendar program would and read back with ical4j. */
@IntegrationTest
class CalendarFeedIT {

    @LocalServerPort
    int port;

    @Autowired
    CalendarService calendar;

    @Autowired
    OutreachService outreach;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_feed_imports_into_a_calendar_library_with_the_users_events_and_nothing_personal() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        String title = "Fête de quartier, café; tamales \\ y más — a long title that needs folding at 75 octets "
                + System.nanoTime();
        LocalDateTime start = LocalDateTime.now()
                .plusDays(2)
                .withHour(17)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        signedIn.as("demo-liaison", () -> outreach.plan(SampleEvents.planned(title, park, start)));
        String hopkinsTitle = "Hopkins only " + System.nanoTime();
        signedIn.as("demo-coordinator", () -> outreach.plan(SampleEvents.planned(hopkinsTitle, hopkins, start)));
        String token = signedIn.as("demo-liaison", () -> calendar.createFeed());

        var response = get(token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(response.body()));
        parsed.validate();
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .contains(title)
                .doesNotContain(hopkinsTitle)
                .anyMatch(summary -> summary.startsWith("Roll-call: Brooklyn"));
        VEvent ours = events.stream()
                .filter(e -> e.getSummary().getValue().equals(title))
                .findFirst()
                .orElseThrow();
        assertThat(ours.getLocation().getValue()).isEqualTo("Brooklyn Park");
        assertThat(response.body()).doesNotContain("Amina").doesNotContain("Hassan");
        assertThat(response.body()).doesNotContainPattern("[^\\r]\\n").endsWith("END:VCALENDAR\r\n");
        assertThat(response.body().lines())
                .allSatisfy(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                        .isLessThanOrEqualTo(75));
    }

    @Test
    void a_title_with_a_vertical_tab_and_line_breaks_is_stored_and_fed_as_one_clean_line() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        String mark = String.valueOf(System.nanoTime());
        LocalDateTime start = LocalDateTime.now()
                .plusDays(3)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var planned = signedIn.as(
                "demo-liaison",
                () -> outreach.plan(
                        SampleEvents.planned("Block\u000B party\r\nSTATUS:CANCELLED " + mark, park, start)));

        String expected = "Block party STATUS:CANCELLED " + mark;
        assertThat(planned.title()).isEqualTo(expected);
        String token = signedIn.as("demo-liaison", () -> calendar.createFeed());
        var body = get(token).body();
        assertThat(body).doesNotContain("\u000B");
        Calendar parsed = new CalendarBuilder().build(new StringReader(body));
        parsed.validate();
        List<VEvent> events = parsed.getComponents(VEvent.VEVENT);
        assertThat(events)
                .filteredOn(e -> e.getSummary().getValue().contains(mark))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getSummary().getValue()).isEqualTo(expected);
                    assertThat(e.getStatus().getValue()).isEqualTo("CONFIRMED");
                });
    }

    @Test
    void a_revoked_or_replaced_link_gets_nothing_and_an_unknown_one_neither() throws Exception {
        var signedIn = new SignedIn(userDetails);
        String first = signedIn.as("demo-coordinator", () -> calendar.createFeed());
        assertThat(get(first).statusCode()).isEqualTo(200);
        String second = signedIn.as("demo-coordinator", () -> calendar.createFeed());
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(second).statusCode()).isEqualTo(200);
        signedIn.as("demo-coordinator", () -> calendar.revokeFeed());
        assertThat(get(second).statusCode()).isEqualTo(404);
        assertThat(get("not-a-real-secret").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/calendar/" + token + ".ics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
