package org.jcpp.liaison.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.reporting.PdfReports;
import org.jcpp.liaison.reporting.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The committees' figures on the dashboard and the committee's report-back PDF, from records made for the test in a
 * city of its own, so the demo data does not change the counts.
 */
@IntegrationTest
class CommitteeReportsIT {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    RecommendationService recommendations;

    @Autowired
    CommitteeReports reports;

    @Autowired
    PdfReports pdfs;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    private static MeetingData held(long committeeId, LocalDateTime at) {
        return new MeetingData(
                committeeId,
                at,
                at.plusMinutes(90),
                "",
                MeetingStatus.HELD,
                List.of(),
                Set.of(),
                List.of(),
                Set.of(),
                0,
                Interpretation.NONE,
                Set.of(),
                "");
    }

    private static RecommendationData raised(long meetingId, String title, LocalDate due) {
        return new RecommendationData(
                meetingId,
                title,
                "Asked at the meeting",
                RecommendationCategory.POLICY,
                null,
                "",
                due,
                Set.of(),
                Set.of(),
                Set.of());
    }

    @Test
    void the_dashboard_counts_months_met_answers_and_the_median_days_to_an_answer_and_the_pdf_prints_the_responses()
            throws Exception {
        var signedIn = new SignedIn(userDetails);
        long city = signedIn.as(
                        "demo-admin",
                        () -> referenceData.save(
                                ReferenceKind.CITY,
                                new org.jcpp.liaison.referencedata.ReferenceItemData(
                                        null, 0, "Test City " + UUID.randomUUID(), null, null, null)))
                .id();
        YearMonth thisMonth = YearMonth.now();
        YearMonth first = thisMonth.minusMonths(2);
        var mac = signedIn.as(
                "demo-coordinator",
                () -> committees.create(new CommitteeData(city, "Robbinsdale MAC " + UUID.randomUUID(), "es", true)));
        // met in the first and the last month of three; the month between is a gap
        var early = signedIn.as(
                "demo-coordinator",
                () -> meetings.create(held(mac.id(), first.atDay(2).atTime(18, 0))));
        var late = signedIn.as(
                "demo-coordinator",
                () -> meetings.create(
                        held(mac.id(), LocalDate.now().withDayOfMonth(1).atTime(8, 0))));
        var accepted = signedIn.as(
                "demo-coordinator",
                () -> recommendations.create(raised(early.id(), "Publicar las paradas de tráfico", null)));
        signedIn.as(
                "demo-coordinator",
                () -> recommendations.answer(
                        accepted.id(),
                        accepted.version(),
                        new RecommendationAnswer(RecommendationStatus.ACCEPTED, "Desde el próximo trimestre")));
        var waiting = signedIn.as(
                "demo-coordinator",
                () -> recommendations.create(raised(
                        late.id(),
                        "Tarjetas de la línea de idiomas",
                        LocalDate.now().minusDays(0))));
        assertThat(waiting.overdue()).isFalse();

        var figures = signedIn.as("demo-coordinator", () -> reports.cityFigures(first, thisMonth, List.of(city)));
        var row = figures.stream()
                .filter(f -> Long.valueOf(city).equals(f.cityId()))
                .findFirst()
                .orElseThrow();
        assertThat(row.committees()).isEqualTo(1);
        assertThat(row.months()).isEqualTo(3);
        assertThat(row.monthsMet()).isEqualTo(2);
        assertThat(row.meetingsHeld()).isEqualTo(2);
        assertThat(row.raised()).isEqualTo(2);
        assertThat(row.accepted()).isEqualTo(1);
        assertThat(row.done()).isZero();
        long days = java.time.temporal.ChronoUnit.DAYS.between(
                early.data().startsAt().toLocalDate(), LocalDate.now());
        assertThat(row.medianDaysToResponse()).isEqualTo((double) days);
        assertThat(figures.getLast().cityId()).isNull();
        assertThat(figures.getLast().raised()).isEqualTo(2);

        // a liaison of other cities sees no figures for it
        assertThat(signedIn.as("demo-liaison", () -> reports.cityFigures(first, thisMonth, List.of(city))))
                .isEmpty();

        var spanish = new Properties();
        try (var in = getClass().getResourceAsStream("/vaadin-i18n/translations_es.properties")) {
            spanish.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] pdf = signedIn.as(
                "demo-coordinator",
                () -> pdfs.committeeReportBack(
                        mac.id(), new Period(first, thisMonth), spanish::getProperty, Locale.forLanguageTag("es")));
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/committee-report-back-es.pdf"), pdf);
        String text = org.jcpp.liaison.reporting.PdfReportsIT.text(pdf);
        assertThat(text)
                .contains("Ustedes nos dijeron")
                .contains("Publicar las paradas de tráfico")
                .contains("Desde el próximo trimestre")
                .contains("Aceptada")
                .contains("Todavía sin respuesta")
                .contains("Este informe contiene lo que pidió el comité")
                .doesNotContain("menos de 5");
    }
}
