package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A liaison brings last year's spreadsheet in: uploads a messy CSV (a misspelt city, a column of residents' names, a
 * duplicate row, a date that is no date), sees the app's mapping with the name column locked out and the city's
 * suggestion, checks the file (nothing written), imports the rows that passed, and undoes the import. On a phone, the
 * mapping of a second file reads in one column.
 */
class ImportJourneyIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    private final java.util.List<String> findings = new java.util.ArrayList<>();

    @Test
    void upload_map_check_import_and_undo_a_messy_spreadsheet() throws IOException {
        Path file = Files.writeString(dir.resolve("amina-2025.csv"), """
                Date;City;Type;People;Language;Notes;Resident name
                2/3/2025;Brooklyn Park;Walk-in;4;Spanish;Asked about the food shelf;Maria Lopez
                2/4/2025;Brooklyn Ctr;Phone or text;1;Somali;Question about a parking ticket;Ahmed
                2/3/2025;Brooklyn Park;Walk-in;4;Spanish;Typed twice;
                2/30/2025;Brooklyn Park;Walk-in;1;;No such day;
                """);
        long before = contacts();

        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("imports"));
        assertThat(page.getByText(
                        "Bring in the contacts, outreach events and roll-call briefings you kept in spreadsheets.",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        page.waitForURL(Pattern.compile(".*/imports/batch/\\d+$"));

        assertThat(page.getByText("1. Which column is which")).isVisible();
        assertThat(page.getByText("Names or contact details of people: never imported"))
                .isVisible();
        assertThat(page.getByText("Brooklyn Ctr").first()).isVisible();
        assertThat(page.getByRole(
                        AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("What to use for Brooklyn Ctr")))
                .hasValue("Brooklyn Center");
        shot(page, "import-mapping-1280");
        findings.addAll(AxeCheck.seriousFindings(page, "import mapping"));

        page.getByText("Check the file").click();
        assertThat(page.getByText("Result of the check (nothing was written)")).isVisible();
        assertThat(page.locator(".import-counts")).containsText("Will be imported2");
        assertThat(page.locator(".import-counts")).containsText("Duplicates (skipped)1");
        assertThat(page.locator(".import-counts")).containsText("Rows with errors1");
        assertThat(page.getByText("Same city, kind, time and headcount as row 2"))
                .isVisible();
        assertThat(page.getByText("Not a date the app can read in the chosen day order"))
                .isVisible();
        assertThat(page.getByText("Left out because they name people or say how to reach them: Resident name"))
                .isVisible();
        assertThat(contacts()).as("the check writes nothing").isEqualTo(before);
        shot(page, "import-checked-1280");
        findings.addAll(AxeCheck.seriousFindings(page, "import checked"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows"))
                .click();
        assertThat(page.getByText("Result of the import")).isVisible();
        assertThat(page.getByText("Imported records (2)")).isVisible();
        assertThat(contacts()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from named_person where name in ('Maria Lopez', 'Ahmed')", Long.class))
                .isZero();
        shot(page, "import-imported-1280");
        findings.addAll(AxeCheck.seriousFindings(page, "import imported"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo import"))
                .click();
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")
                .getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Undo import"))
                .click();
        assertThat(page.getByText("Import undone: its 2 records were removed.").first())
                .isVisible();
        assertThat(contacts()).isEqualTo(before);
        shot(page, "import-undone-1280");

        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("imports"));
        phone.locator("vaadin-upload input[type=file]").setInputFiles(file);
        phone.waitForURL(Pattern.compile(".*/imports/batch/\\d+$"));
        assertThat(phone.getByText("1. Which column is which")).isVisible();
        shot(phone, "import-mapping-390");
        phone.navigate(url("imports"));
        assertThat(phone.getByText("amina-2025.csv").first()).isVisible();
        shot(phone, "import-list-390");
        findings.addAll(AxeCheck.seriousFindings(phone, "imports on a phone"));
        assertThat(findings).as("serious or critical axe-core findings").isEmpty();
    }

    @Test
    void an_events_spreadsheet_goes_from_upload_to_imported_events() throws IOException {
        Path file = Files.writeString(dir.resolve("events-2025.csv"), """
                Event,Date,Start,End,City,Type,Attendance
                Academy recruits at the food shelf,4/12/2025,9:00 AM,12:00 PM,Brooklyn Park,Volunteering,18
                Night to Unite,8/5/2025,6 pm,9 pm,Brooklyn Center,National Night Out,240
                """);
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("imports"));
        choose(page, "What the file holds", "Outreach events (held, with headcount)", 0);
        page.locator("vaadin-upload input[type=file]").setInputFiles(file);
        page.waitForURL(Pattern.compile(".*/imports/batch/\\d+$"));
        assertThat(page.getByText("Outreach events (held, with headcount) · Mapping the columns"))
                .isVisible();
        shot(page, "import-events-mapping-1280");
        page.getByText("Check the file").click();
        assertThat(page.locator(".import-counts")).containsText("Will be imported2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 rows"))
                .click();
        assertThat(page.getByText("Imported records (2)")).isVisible();
        assertThat(page.locator(".import-records")).containsText("Night to Unite");
        shot(page, "import-events-imported-1280");
        findings.addAll(AxeCheck.seriousFindings(page, "events imported"));
        assertThat(findings).as("serious or critical axe-core findings").isEmpty();
    }

    @Test
    void a_file_that_is_not_a_spreadsheet_is_refused_next_to_the_upload() throws IOException {
        Path picture =
                Files.write(dir.resolve("scan.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(url("imports"));
        page.locator("vaadin-upload input[type=file]").setInputFiles(picture);
        assertThat(page.getByRole(AriaRole.ALERT)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions()
                                .setHasText("This is not a spreadsheet. Choose a CSV or Excel (.xlsx) file.")))
                .isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/imports$"));
        shot(page, "import-refused-1280");
    }

    private long contacts() {
        Long count = jdbc.queryForObject("select count(*) from contact", Long.class);
        return count == null ? 0 : count;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }
}
