package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The printed reports, read back as text; they are also written to target/reports/ to be looked at. */
@IntegrationTest
public class PdfReportsIT {

    @Autowired
    PdfReports reports;

    @Autowired
    ReportingRefresh refresh;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Test
    void a_citys_monthly_report_and_the_annual_partnership_report_show_figures_without_personal_data()
            throws Exception {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        refresh.refresh();
        Locale english = Locale.ENGLISH;

        byte[] monthly = signedIn.as(
                "demo-coordinator",
                () -> reports.report(
                        Period.month(YearMonth.now().minusMonths(1)),
                        List.of(park),
                        key -> i18n.getTranslation(key, english),
                        english));
        String monthlyText = text(monthly);
        assertThat(monthlyText)
                .contains("JCPP Liaison activity report")
                .contains("Brooklyn Park")
                .contains("Key figures")
                .contains("This report carries no personal data");
        byte[] annual = signedIn.as(
                "demo-coordinator",
                () -> reports.report(
                        Period.yearOf(YearMonth.now().getYear()),
                        List.of(),
                        key -> i18n.getTranslation(key, english),
                        english));
        String annualText = text(annual);
        assertThat(annualText)
                .contains("Joint Community Police Partnership")
                .contains("Bloomington")
                .contains("St. Louis Park")
                .contains("fewer than 5")
                .doesNotContain("Amina")
                .doesNotContain("Hassan")
                .doesNotContain("Demo Resident")
                .contains("Interpreter line by police department")
                .contains("Brooklyn Park Police Department")
                .contains("What this comparison can and cannot say");

        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/monthly-brooklyn-park.pdf"), monthly);
        Files.write(Path.of("target/reports/annual-partnership.pdf"), annual);
    }

    @Test
    void in_spanish_no_table_header_breaks_inside_a_word() throws Exception {
        var signedIn = new SignedIn(userDetails);
        refresh.refresh();
        Locale spanish = Locale.forLanguageTag("es");
        byte[] annual = signedIn.as(
                "demo-coordinator",
                () -> reports.report(
                        // the twelve months to this one: the demo's three months on any day of the year
                        new Period(YearMonth.now().minusMonths(11), YearMonth.now()),
                        List.of(),
                        key -> i18n.getTranslation(key, spanish),
                        spanish));
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/annual-partnership-es.pdf"), annual);
        assertNoWordBrokenInside(annual);
    }

    @Test
    void the_report_backs_outcome_headers_keep_their_words_whole_in_spanish_and_somali() throws Exception {
        var signedIn = new SignedIn(userDetails);
        refresh.refresh();
        for (String language : List.of("es", "so")) {
            Locale locale = Locale.forLanguageTag(language);
            byte[] back = signedIn.as(
                    "demo-coordinator",
                    () -> reports.reportBack(
                            new Period(YearMonth.now().minusMonths(11), YearMonth.now()),
                            List.of(),
                            key -> i18n.getTranslation(key, locale),
                            locale));
            Files.createDirectories(Path.of("target/reports"));
            Files.write(Path.of("target/reports/report-back-" + language + ".pdf"), back);
            // each word of the outcomes table's headers is whole on a line of the text (a cell's text may run into
            // the next cell's there, and a line may break at a hyphen)
            String text = text(back);
            for (String key : List.of("category", "raised", "working", "referred", "resolved", "closed")) {
                String title = i18n.getTranslation("reportback." + key, locale);
                for (String word : title.split("[\\s\\-]+")) {
                    assertThat(text).as(language + ": the header " + title).contains(word);
                }
            }
        }
    }

    private static void assertNoWordBrokenInside(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            var lines = extractor
                    .getTextFromPage(page)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            // a header's word broken inside leaves its end alone on a line: "Necesidade" / "s", "Respuest" / "as"
            assertThat(lines).as("page " + page + "'s lines").noneMatch(line -> line.matches("\\p{Ll}{1,3}"));
        }
        reader.close();
    }

    public static String text(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }
}
