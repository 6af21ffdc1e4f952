package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.datapractices.Suppression;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The partnership's public page over real HTTP, as anyone reaches it: off until an admin publishes it; then the
 * dashboard's figures of each member city through the small-cell rules, in the visitor's language, with no cookie.
 */
@IntegrationTest
class PublicPartnershipIT {

    @Autowired
    PublicPageSettings settings;

    @Autowired
    ReportingService reporting;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    PublicFigures publicFigures;

    @Autowired
    org.jcpp.liaison.surveys.SurveyService surveys;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_page_is_off_until_an_admin_publishes_it_then_shows_the_dashboard_s_figures_with_small_counts_hidden()
            throws Exception {
        var signedIn = new SignedIn(userDetails);
        // twelve paper answers in Brooklyn Park in the quarter before this one (over: published), 7 on "feel safe" each
        var lastQuarter = Period.quarterOf(java.time.YearMonth.now()).from().minusMonths(3);
        long park = signedIn.idOf(referenceData, org.jcpp.liaison.referencedata.ReferenceKind.CITY, "Brooklyn Park");
        signedIn.as("demo-liaison", () -> {
            var survey = surveys.create(new org.jcpp.liaison.surveys.SurveyData(
                    park,
                    "Last quarter's pulse "
                            + java.util.UUID.randomUUID().toString().substring(0, 6),
                    null,
                    null,
                    lastQuarter.atDay(1),
                    lastQuarter.plusMonths(2).atEndOfMonth(),
                    java.util.Set.of(org.jcpp.liaison.surveys.SurveyLanguage.EN),
                    List.of(org.jcpp.liaison.surveys.SurveyItem.FEEL_SAFE),
                    List.of()));
            var papers = java.util.stream.IntStream.range(0, 12)
                    .mapToObj(i -> new org.jcpp.liaison.surveys.PaperAnswer(
                            org.jcpp.liaison.surveys.SurveyLanguage.EN,
                            java.util.Map.of(survey.questions().getFirst().field(), "7")))
                    .toList();
            surveys.typeIn(survey.id(), lastQuarter.atDay(10), papers);
        });
        signedIn.as("demo-admin", () -> {
            var now = settings.current();
            settings.save(new PublicPageData(now.version(), false, true, true, true, true, true, true, true));
        });
        var off = get("/partnership");
        assertThat(off.statusCode()).isEqualTo(404);
        assertThat(off.body()).contains("The partnership has not published this page.");
        assertThat(off.headers().allValues("set-cookie")).isEmpty();

        signedIn.as("demo-admin", () -> {
            var now = settings.current();
            settings.save(new PublicPageData(now.version(), true, true, true, true, true, true, true, true));
        });
        int year = Year.now().getValue();
        var page = get("/partnership?lang=en&year=" + year);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("set-cookie")).isEmpty();
        assertThat(page.headers().firstValue("cache-control")).hasValue("public, max-age=300");
        String html = page.body();
        assertThat(html).contains("What the partnership did in " + year).doesNotContain("<script");

        // the same figures as the coordinator's dashboard of the year, each count of 1-4 as "fewer than 5"
        var dashboard = signedIn.as("demo-coordinator", () -> reporting.dashboard(Period.yearOf(year), List.of()));
        var names = referenceData.publicCityNames();
        var contacts = new java.util.ArrayList<Long>();
        for (var city : dashboard.cities()) {
            String name = org.springframework.web.util.HtmlUtils.htmlEscape(names.get(city.cityId()), "UTF-8");
            var row = Pattern.compile("<tr><th scope=\"row\">" + Pattern.quote(name)
                            + "</th><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>")
                    .matcher(html);
            assertThat(row.find()).as(name).isTrue();
            assertThat(row.group(1))
                    .as(name + " contacts")
                    .isEqualTo(Suppression.count(city.contacts(), "fewer than 5"));
            assertThat(row.group(2)).as(name + " people").isEqualTo(Suppression.count(city.people(), "fewer than 5"));
            assertThat(row.group(3))
                    .as(name + " briefings")
                    .isEqualTo(Suppression.count(city.briefings(), "fewer than 5"));
            contacts.add((long) city.contacts());
        }
        var total = Pattern.compile("<tr class=\"total\"><th scope=\"row\">All member cities</th><td>([^<]*)</td>")
                .matcher(html);
        assertThat(total.find()).isTrue();
        assertThat(total.group(1))
                .isEqualTo(Suppression.total(
                        contacts.stream().mapToLong(Long::longValue).toArray(), "fewer than 5"));
        assertThat(page.headers().firstValue("vary")).hasValue("Accept-Language");

        // the languages of all cities: each a total over the cities' parts, a range where a city's part is hidden
        var reach = publicFigures.year(year).languages();
        var languageNames = referenceData.publicLanguageNames(java.util.Locale.ENGLISH);
        for (long language : reach.stream()
                .map(PublicFigures.LanguageReach::languageId)
                .distinct()
                .toList()) {
            long[] parts = reach.stream()
                    .filter(r -> r.languageId() == language)
                    .mapToLong(PublicFigures.LanguageReach::contacts)
                    .toArray();
            String name = org.springframework.web.util.HtmlUtils.htmlEscape(languageNames.get(language), "UTF-8");
            assertThat(html)
                    .as(name)
                    .contains("<tr><th scope=\"row\">" + name + "</th><td>" + Suppression.total(parts, "fewer than 5")
                            + "</td>");
        }
        // surveys: this quarter is not over, so it is not on the page
        int quarterNow = (java.time.YearMonth.now().getMonthValue() - 1) / 3 + 1;
        assertThat(html).contains("What residents told us").doesNotContain(">Q" + quarterNow + " " + year + "<");
        // the quarter before: Brooklyn Park's, with its mean as the database has it
        String before =
                get("/partnership?lang=en&year=" + lastQuarter.getYear()).body();
        int quarterBefore = (lastQuarter.getMonthValue() - 1) / 3 + 1;
        var parkRow = Pattern.compile("<tr><th scope=\"row\">Brooklyn Park</th><th scope=\"row\">Q" + quarterBefore
                        + " " + lastQuarter.getYear() + "</th><td>(\\d+)</td><td>([^<]*)</td>")
                .matcher(before);
        assertThat(parkRow.find()).isTrue();
        assertThat(Long.parseLong(parkRow.group(1))).isGreaterThanOrEqualTo(12);
        assertThat(parkRow.group(2)).matches("\\d+\\.\\d / 10 · \\d+");

        // an address typed wrong: an unknown language, a year far off or not a number, a city not a member
        var odd = get("/partnership?lang=xx&year=1999&city=999999");
        assertThat(odd.statusCode()).isEqualTo(200);
        assertThat(odd.body()).contains("What the partnership did in " + year).contains("All member cities");
        assertThat(get("/partnership?year=%3Cscript%3E&city=abc").body())
                .contains("What the partnership did in " + year)
                .doesNotContain("<script>");

        // in Spanish and Somali, chosen by the address or by the browser
        assertThat(get("/partnership?lang=es").body()).contains("Lo que hizo la alianza en " + year);
        var somali = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/partnership"))
                        .header("Accept-Language", "so,en;q=0.5")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(somali.body()).contains("<html lang=\"so\"").contains("Waxa iskaashigu qabtay " + year);

        // a figure the program does not publish is not on the page
        signedIn.as("demo-admin", () -> {
            var now = settings.current();
            settings.save(new PublicPageData(now.version(), true, false, true, true, true, true, true, false));
        });
        String fewer = get("/partnership?lang=en").body();
        // the cities' table starts with the briefings now; the survey section is gone
        assertThat(fewer)
                .contains("<th scope=\"col\">Member city</th><th scope=\"col\">Roll-call briefings</th>")
                .doesNotContain("What residents told us");

        // two admins: the second save of the same version is refused, not silently applied
        var stale = signedIn.as("demo-admin", () -> settings.current());
        signedIn.as(
                "demo-admin",
                () -> settings.save(
                        new PublicPageData(stale.version(), true, false, true, true, true, false, true, false)));
        assertThatThrownBy(() -> signedIn.as("demo-admin", () -> settings.save(stale)))
                .isInstanceOf(RuntimeException.class);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
