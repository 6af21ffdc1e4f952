package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.languageaccess.InterpreterAccountData;
import org.jcpp.liaison.languageaccess.LanguageLineService;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A coordinator brings in Richfield's interpreter-line report (written here: calls in the three months before a round
 * of language-line briefings and the three after, and a caller-name column), then opens the department's chart and
 * finds the before/after figures this test computes by hand, with the caveats beside them. On a phone it reads in one
 * column.
 */
class LanguageLineJourneyIT extends BrowserTest {

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    LanguageLineService languageLine;

    @Autowired
    RollCallService rollCall;

    @Autowired
    TrainingTopicService topics;

    @TempDir
    Path dir;

    @Test
    void a_vendor_report_imported_in_the_browser_shows_the_change_after_a_round_of_briefings() throws IOException {
        var signedIn = new SignedIn(userDetails);
        long richfield = signedIn.idOf(referenceData, ReferenceKind.DEPARTMENT, "Richfield Police Department");
        String account = "RPD-" + UUID.randomUUID().toString().substring(0, 6);
        YearMonth round = YearMonth.now().minusMonths(6);
        signedIn.as("demo-coordinator", () -> {
            languageLine.saveAccount(new InterpreterAccountData(null, 0, "CyraCom", account, richfield));
            long line = topics.active().stream()
                    .filter(t -> t.title().equals("Using the language line"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            var shifts = referenceData.shifts(richfield);
            for (int s = 0; s < shifts.size(); s++) {
                rollCall.log(new BriefingData(
                        round.atDay(8 + 2 * s), richfield, shifts.get(s).id(), null, Set.of(line), 10 + s, 15, "", ""));
            }
            return null;
        });

        // the calls of each month before and after the round, and their minutes a call
        int[] before = {4, 5, 3};
        int[] after = {6, 7, 8};
        var rows = new ArrayList<String>(List.of("Date,Account,Caller Name,Language,Minutes,Charge"));
        for (int i = 0; i < 3; i++) {
            addCalls(rows, round.minusMonths(3 - i), before[i], account, "10", "14.50");
            addCalls(rows, round.plusMonths(1 + i), after[i], account, "12:00", "17.40");
        }
        addCalls(rows, round, 2, account, "9", "13.05"); // the round's own month: not compared
        Path file = Files.writeString(dir.resolve("richfield-usage.csv"), String.join("\n", rows) + "\n");
        int callsBefore = IntStream.of(before).sum();
        int callsAfter = IntStream.of(after).sum();
        int minutesBefore = callsBefore * 10;
        int minutesAfter = callsAfter * 12;

        Page page = newPage(1280, 900);
        signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("imports"));
        choose(page, "What the file holds", "Interpreter line usage (a vendor's monthly report)", 0);
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        page.waitForURL(Pattern.compile(".*/imports/batch/\\d+$"));
        assertThat(page.getByText("Names or contact details of people: never imported"))
                .isVisible();
        page.getByText("Check the file").click();
        int total = callsBefore + callsAfter + 2;
        assertThat(page.locator(".import-counts")).containsText("Will be imported" + total);
        shot(page, "language-line-import-checked-1280");
        var importFindings = AxeCheck.seriousFindings(page, "vendor report checked");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import " + total + " rows"))
                .click();
        assertThat(page.getByText("Result of the import")).isVisible();

        page.navigate(url("reports/language-line?department=" + richfield));
        // the card of this round (the demo's briefings at Richfield make rounds of their own)
        String firstDay = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(java.util.Locale.US)
                .format(round.atDay(8));
        var card = page.locator(".language-line-round")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText("Round of briefings, " + firstDay + " to"));
        assertThat(card).containsText("3 briefings on language access reached 3 of the department's 3 shifts (100 %)");
        assertThat(card).containsText("Calls: " + callsBefore + " in ");
        assertThat(card).containsText(", then " + callsAfter + " in ");
        assertThat(card).containsText("(+" + percent(callsBefore, callsAfter) + " %)");
        assertThat(card).containsText("Minutes: " + minutesBefore + " in ");
        assertThat(card).containsText(", then " + minutesAfter + " in ");
        assertThat(card).containsText("(+" + percent(minutesBefore, minutesAfter) + " %)");
        // 12 + 21 = 33 calls: not "small numbers" (under 30), and all six months have a report
        assertThat(card).not().containsText("Fewer than 30 calls");
        assertThat(card).not().containsText("no report imported");
        assertThat(page.locator(".language-line-caveats")).containsText("Use swings with the seasons");
        assertThat(page.locator("img[alt^='Chart of the interpreter line calls of Richfield Police Department']"))
                .isVisible();
        shot(page, "language-line-1280");
        var findings = new ArrayList<>(importFindings);
        findings.addAll(AxeCheck.seriousFindings(page, "language line"));

        Page phone = newPage(390, 844);
        signIn(phone, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("reports/language-line?department=" + richfield));
        assertThat(phone.locator(".language-line-round")
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("Round of briefings, " + firstDay + " to")))
                .containsText("Calls: " + callsBefore + " in ");
        shot(phone, "language-line-390");
        findings.addAll(AxeCheck.seriousFindings(phone, "language line on a phone"));
        assertThat(findings).as("serious or critical axe-core findings").isEmpty();
    }

    private static void addCalls(
            List<String> rows, YearMonth month, int calls, String account, String minutes, String cost) {
        for (int c = 0; c < calls; c++) {
            LocalDate day = month.atDay(3 + c);
            rows.add("%d/%d/%d,%s,Officer Smith,Somali,%s,%s"
                    .formatted(day.getMonthValue(), day.getDayOfMonth(), day.getYear(), account, minutes, cost));
        }
    }

    /** The change in per cent, rounded half up, as a coordinator would work it out. */
    private static long percent(int before, int after) {
        return Math.round((after - before) * 100.0 / before);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }
}
