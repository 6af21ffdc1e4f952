package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.committees.CommitteeData;
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.committees.MemberData;
import org.jcpp.liaison.committees.RecommendationFilter;
import org.jcpp.liaison.committees.RecommendationRow;
import org.jcpp.liaison.committees.RecommendationService;
import org.jcpp.liaison.committees.RecommendationStatus;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.reporting.PdfReportsIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Advisory committees, end to end: on a phone a liaison records the meeting that just ended, with a member present,
 * and two recommendations raised there; a coordinator at a desk moves one to accepted with the department's response;
 * the committee's report-back PDF prints it. Axe-core finds nothing serious on the pages used.
 */
class CommitteeJourneyIT extends BrowserTest {

    @Autowired
    CommitteeService committees;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_meeting_with_two_recommendations_on_a_phone_then_an_answer_and_the_report_back() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        String name = "Brooklyn Park MAC " + UUID.randomUUID().toString().substring(0, 6);
        var mac =
                signedIn.as("demo-liaison", () -> committees.create(new CommitteeData(brooklynPark, name, "en", true)));
        signedIn.as(
                "demo-liaison",
                () -> committees.addMember(
                        mac.id(),
                        new MemberData(
                                "Hodan Yusuf",
                                "Somali mothers",
                                Set.of(),
                                "",
                                "",
                                LocalDate.now().minusYears(1),
                                null,
                                true)));
        var findings = new ArrayList<String>();

        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("committees/committee/" + mac.id()));
        findings.addAll(AxeCheck.seriousFindings(phone, "committee page"));
        phone.getByText("Plan or record a meeting").click();
        phone.waitForURL(Pattern.compile(".*/committees/meeting/edit\\?committee=\\d+$"));
        phone.getByLabel("Place").fill("City hall, room 2");
        phone.getByLabel("Agenda").fill("Body cameras\nConsular ID cards");
        phone.getByLabel("Hodan Yusuf").check();
        phone.getByLabel("Guests").fill("3");
        findings.addAll(AxeCheck.seriousFindings(phone, "meeting form"));
        phone.getByText("Save meeting").click();
        phone.waitForURL(Pattern.compile(".*/committees/meeting/\\d+$"));
        assertThat(phone.getByText("Members: 1 (Hodan Yusuf)")).isVisible();

        for (String title : new String[] {"Language line cards in every squad car", "Publish traffic-stop figures"}) {
            phone.getByText("Add a recommendation or concern").click();
            phone.waitForURL(Pattern.compile(".*/committees/recommendation/edit\\?meeting=\\d+$"));
            phone.getByLabel("Title").fill(title);
            choose(phone, "Category", title.startsWith("Language") ? "Training" : "Policy", 0);
            phone.getByLabel("What the committee asked for").fill("Asked by the Somali mothers' group");
            phone.getByText("Save recommendation").click();
            phone.waitForURL(Pattern.compile(".*/committees/meeting/\\d+$"));
            assertThat(phone.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(title)))
                    .isVisible();
        }
        findings.addAll(AxeCheck.seriousFindings(phone, "meeting page"));

        var raised = signedIn.as(
                "demo-coordinator",
                () -> recommendations.rows(RecommendationFilter.ofCommittee(mac.id()), Pageable.ofSize(10)));
        assertThat(raised)
                .extracting(RecommendationRow::status)
                .containsOnly(RecommendationStatus.RAISED)
                .hasSize(2);
        long cards = raised.stream()
                .filter(r -> r.title().startsWith("Language"))
                .findFirst()
                .orElseThrow()
                .id();

        Page desk = newPage(1280, 900);
        signIn(desk, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        desk.navigate(url("committees/recommendation/" + cards));
        choose(desk, "Status", "Accepted", 0);
        desk.getByLabel("The department's response").fill("Cards are in every squad car from next month.");
        desk.getByText("Save status and response").click();
        assertThat(desk.getByText("Status and response saved")).isVisible();
        assertThat(signedIn.as(
                        "demo-coordinator", () -> recommendations.get(cards).status()))
                .isEqualTo(RecommendationStatus.ACCEPTED);
        findings.addAll(AxeCheck.seriousFindings(desk, "recommendation page"));

        desk.navigate(url("reports/committee/" + mac.id()));
        assertThat(desk.locator(
                        "vaadin-grid-cell-content",
                        new Page.LocatorOptions().setHasText("Cards are in every squad car from next month.")))
                .isVisible();
        findings.addAll(AxeCheck.seriousFindings(desk, "report-back page"));
        var link = desk.getByText("Download the report-back (PDF)");
        byte[] pdf = desk.request()
                .get(url(link.getAttribute("href").replaceFirst("^/", "")))
                .body();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots", "committee-report-back.pdf"), pdf);
        assertThat(PdfReportsIT.text(pdf))
                .contains("You told us")
                .contains(name)
                .contains("Language line cards in every squad car")
                .contains("Cards are in every squad car from next month.")
                .contains("Accepted")
                .contains("Publish traffic-stop figures")
                .contains("Not answered yet.")
                .doesNotContain("Hodan");
        assertThat(findings).isEmpty();
    }
}
