package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class DashboardExportIT {

    @Autowired
    DashboardExport export;

    @Autowired
    ReportingService reporting;

    @Autowired
    ReportingRefresh refresh;

    @Autowired
    AuditTrail audit;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    com.vaadin.flow.i18n.I18NProvider i18n;

    @Test
    void the_city_table_exports_as_utf8_csv_with_a_bom_suppressed_small_counts_and_an_audit_entry() throws Exception {
        var signedIn = new SignedIn(userDetails);
        refresh.refresh();
        Period year = new Period(YearMonth.now().minusMonths(11), YearMonth.now());
        Locale spanish = Locale.forLanguageTag("es");
        byte[] bytes = signedIn.as(
                "demo-coordinator", () -> export.cityTable(year, List.of(), key -> i18n.getTranslation(key, spanish)));
        assertThat(bytes).startsWith(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.getFirst().values())
                .contains("Ciudad miembro", "Agentes capacitados", "Uso de la línea de idiomas");
        var dashboard = signedIn.as("demo-coordinator", () -> reporting.dashboard(year, List.of()));
        assertThat(records).hasSize(dashboard.cities().size() + 2);
        var names = signedIn.as("demo-coordinator", () -> referenceData.allCityNames());
        for (CityFigures city : dashboard.cities()) {
            String name = names.get(city.cityId());
            CSVRecord row = records.stream()
                    .filter(r -> r.get(0).equals(name))
                    .findFirst()
                    .orElseThrow();
            String expected =
                    city.contacts() > 0 && city.contacts() < 5 ? "menos de 5" : String.valueOf(city.contacts());
            assertThat(row.get(1)).as("contacts of %s", name).isEqualTo(expected);
        }
        assertThat(text).contains("menos de 5");
        // the totals row: exact where no city's count is hidden, else the range the shown counts allow — never a
        // figure from which the total minus the shown cities gives a hidden count
        var cityRows = records.subList(1, records.size() - 1);
        CSVRecord totals = records.getLast();
        boolean sawRange = false;
        var notSums = List.of("dashboard.median-days", "dashboard.training-hours", "dashboard.volunteer-hours");
        for (int column = 1; column <= DashboardExport.COLUMNS.indexOf("dashboard.police-at-events"); column++) {
            if (notSums.contains(DashboardExport.COLUMNS.get(column))) {
                continue; // a median and hours: not counts, never hidden nor summed
            }
            int col = column;
            boolean hidden = cityRows.stream().anyMatch(r -> r.get(col).equals("menos de 5"));
            long shown = cityRows.stream()
                    .filter(r -> !r.get(col).equals("menos de 5"))
                    .mapToLong(r -> Long.parseLong(r.get(col)))
                    .sum();
            long smallCities = cityRows.stream()
                    .filter(r -> r.get(col).equals("menos de 5"))
                    .count();
            if (hidden) {
                String range = shown == 0 && smallCities == 1
                        ? "menos de 5" // the total is that one city's count
                        : (shown + smallCities) + "–" + (shown + 4 * smallCities);
                assertThat(totals.get(column))
                        .as("total of %s", records.getFirst().get(column))
                        .isEqualTo(range);
                sawRange = true;
            } else {
                assertThat(totals.get(column)).isEqualTo(String.valueOf(shown));
            }
        }
        assertThat(sawRange)
                .as("the demo has a column with a hidden city count")
                .isTrue();
        // the median days to resolve of all the cities together: the median of all their needs, not one of the cities'
        int median = DashboardExport.COLUMNS.indexOf("dashboard.median-days");
        var together = signedIn.as("demo-coordinator", () -> reporting.dashboardWithOverallMedian(year, List.of()));
        assertThat(together.totals().needsResolved())
                .as("the demo resolved needs in the twelve months")
                .isPositive();
        assertThat(totals.get(median))
                .as("the totals' median")
                .isEqualTo(java.math.BigDecimal.valueOf(java.util.Objects.requireNonNull(
                                together.totals().medianDaysToResolve()))
                        .setScale(1, java.math.RoundingMode.HALF_UP)
                        .toPlainString());
        assertThat(cityRows).anySatisfy(row -> assertThat(row.get(median)).matches("\\d+\\.\\d"));

        var entries = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter("demo-coordinator", AuditAction.EXPORT, "report", null, null, null, null),
                        Pageable.ofSize(5)));
        assertThat(entries).isNotEmpty();
    }

    @Test
    void a_liaison_cannot_export_another_citys_figures() {
        var signedIn = new SignedIn(userDetails);
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        Period month = Period.month(YearMonth.now());
        assertThatThrownBy(
                        () -> signedIn.as("demo-liaison", () -> export.cityTable(month, Set.of(hopkins), key -> key)))
                .isInstanceOf(InvalidInputException.class);
    }
}
