package org.jcpp.liaison.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.Suppression;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printed reports for city councils and partners: a city's month or a year across the partnership's cities, with the
 * same figures as the dashboard, compared with a year before, a chart and the languages reached. No personal data;
 * counts from 1 to 4 are printed as "fewer than 5". Every report is in the audit trail.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class PdfReports {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(0x1d4f91));
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 9.5f);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9.5f);
    private static final Font NOTE = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);

    private final ReportingService reporting;
    private final ReferenceDataService referenceData;
    private final AuditTrail audit;

    PdfReports(ReportingService reporting, ReferenceDataService referenceData, AuditTrail audit) {
        this.reporting = reporting;
        this.referenceData = referenceData;
        this.audit = audit;
    }

    /**
     * The report of the period for the cities (empty: all of the user's): one city's report when one city is chosen,
     * the partnership report with a city-by-city table otherwise. {@code text} translates keys in the reader's
     * language.
     */
    @Transactional
    public byte[] report(Period period, Collection<Long> cityIds, Function<String, String> text, Locale locale) {
        Dashboard dashboard = reporting.dashboard(period, cityIds);
        Map<Long, String> cityNames = referenceData.allCityNames();
        String fewer = text.apply("report.fewer-than-5");
        boolean oneCity = dashboard.cities().size() == 1;
        String where = oneCity
                ? cityNames.getOrDefault(dashboard.cities().getFirst().cityId(), "")
                : text.apply("report.partnership");
        String when = when(period, locale);

        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setStrictImageSequence(
                    true); // the chart stays under its heading, moving to the next page if need be
            opening(document, text.apply("report.title"), where + " · " + when, text, locale);

            document.add(heading(text.apply("report.figures")));
            document.add(figures(dashboard, text, fewer));

            if (!oneCity) {
                document.add(heading(text.apply("dashboard.by-city")));
                document.add(byCity(dashboard, cityNames, text, fewer));
            }

            // a single month is shown in the trend of the twelve months that end with it
            var months = period.from().equals(period.to())
                    ? reporting
                            .dashboard(new Period(period.from().minusMonths(11), period.to()), cityIds)
                            .months()
                    : dashboard.months();
            byte[] chart = Charts.bars(
                    text.apply("dashboard.trend"),
                    months.stream().map(m -> month(m.month(), locale)).toList(),
                    List.of(
                            Charts.Series.of(text.apply("dashboard.contacts"), months, MonthFigures::contacts),
                            Charts.Series.of(text.apply("dashboard.needs-raised"), months, MonthFigures::needsRaised),
                            Charts.Series.of(text.apply("dashboard.briefings"), months, MonthFigures::briefings),
                            Charts.Series.of(text.apply("dashboard.events"), months, MonthFigures::eventsHeld)),
                    1000,
                    420);
            document.add(heading(text.apply("dashboard.trend")));
            boolean smallCounts = months.stream()
                    .flatMapToInt(m ->
                            java.util.stream.IntStream.of(m.contacts(), m.needsRaised(), m.briefings(), m.eventsHeld()))
                    .anyMatch(Suppression::isSmall);
            if (smallCounts) {
                // a chart would show the exact small counts that the tables hide
                document.add(new Paragraph(text.apply("report.chart-left-out"), NOTE));
            } else {
                Image image = Image.getInstance(chart);
                image.scaleToFit(document.getPageSize().getWidth() - 96, 240);
                image.setAlignment(Element.ALIGN_CENTER);
                document.add(image);
            }

            document.add(heading(text.apply("dashboard.languages-reached")));
            document.add(reach(dashboard.languages(), referenceData.names(ReferenceKind.LANGUAGE), text, fewer));
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
        audit.exported(
                "report",
                0,
                null,
                "PDF report " + period.from() + ".." + period.to() + " cities "
                        + dashboard.cities().size());
        return out.toByteArray();
    }

    /**
     * The advisory committee's report-back, "you said, we did": the needs residents raised in the period by category,
     * where they stand, the partners they were referred to and the officer training proposed from them. Counts and
     * names of organisations and topics only; counts of 1–4 as "fewer than 5", and no total minus the cells shown
     * gives one away. Audited.
     */
    @Transactional
    public byte[] reportBack(Period period, Collection<Long> cityIds, Function<String, String> text, Locale locale) {
        ReportBack back = reporting.reportBack(period, cityIds);
        Map<Long, String> cityNames = referenceData.allCityNames();
        String where = back.cityIds().size() == 1
                ? cityNames.getOrDefault(back.cityIds().getFirst(), "")
                : text.apply("report.partnership");
        String fewer = text.apply("report.fewer-than-5");
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            opening(document, text.apply("reportback.title"), where + " · " + when(period, locale), text, locale);
            if (back.categories().isEmpty()) {
                document.add(new Paragraph(text.apply("reportback.none"), BODY));
            } else {
                document.add(new Paragraph(
                        MessageFormat.format(text.apply("reportback.intro"), Suppression.count(back.raised(), fewer)),
                        BODY));
                document.add(heading(text.apply("reportback.you-said")));
                document.add(outcomes(back, text, fewer));
                document.add(heading(text.apply("reportback.partners")));
                document.add(referrals(back, referenceData.names(ReferenceKind.PARTNER), text));
            }
            document.add(heading(text.apply("reportback.training")));
            if (back.topics().isEmpty()) {
                document.add(new Paragraph(text.apply("reportback.training.none"), BODY));
            } else {
                var topics = new PdfPTable(new float[] {3, 1.2f, 1.6f});
                topics.setWidthPercentage(100);
                header(
                        topics,
                        text.apply("training.topic"),
                        text.apply("reportback.topic-status"),
                        text.apply("reportback.from-need"));
                for (var topic : back.topics()) {
                    cell(topics, topic.title(), BODY, Element.ALIGN_LEFT);
                    cell(topics, label(text, topic.status()), BODY, Element.ALIGN_RIGHT);
                    cell(topics, label(text, topic.category()), BODY, Element.ALIGN_RIGHT);
                }
                document.add(topics);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
        audit.exported(
                "report",
                0,
                null,
                "report-back PDF " + period.from() + ".." + period.to() + " cities "
                        + back.cityIds().size());
        return out.toByteArray();
    }

    /** Category × (raised, being worked on, referred, resolved, closed) with an "all needs" row. */
    private static PdfPTable outcomes(ReportBack back, Function<String, String> text, String fewer) {
        var categories = back.categories();
        long[][] table = new long[categories.size() + 1][5];
        for (int i = 0; i < categories.size(); i++) {
            var c = categories.get(i);
            table[i] = new long[] {c.raised(), c.beingWorkedOn(), c.referred(), c.resolved(), c.closedWithoutAction()};
            for (int column = 0; column < 5; column++) {
                table[categories.size()][column] += table[i][column];
            }
        }
        var cells = Suppression.withMargins(table, fewer, text.apply("report.withheld"));
        var pdf = new PdfPTable(new float[] {2.4f, 1, 1.2f, 1.2f, 1, 1.2f});
        pdf.setWidthPercentage(100);
        header(
                pdf,
                text.apply("reportback.category"),
                text.apply("reportback.raised"),
                text.apply("reportback.working"),
                text.apply("reportback.referred"),
                text.apply("reportback.resolved"),
                text.apply("reportback.closed"));
        for (int i = 0; i <= categories.size(); i++) {
            boolean total = i == categories.size();
            cell(
                    pdf,
                    total
                            ? text.apply("reportback.all")
                            : label(text, categories.get(i).category()),
                    total ? BOLD : BODY,
                    Element.ALIGN_LEFT);
            for (String value : cells.get(i)) {
                cell(pdf, value, total ? BOLD : BODY, Element.ALIGN_RIGHT);
            }
        }
        return pdf;
    }

    /** Each category with the partner organisations its needs went to, most referrals first (names, no counts). */
    private static PdfPTable referrals(ReportBack back, Map<Long, String> partners, Function<String, String> text) {
        var table = new PdfPTable(new float[] {1.4f, 3});
        table.setWidthPercentage(100);
        header(table, text.apply("reportback.category"), text.apply("reportback.partner-names"));
        boolean any = false;
        for (var category : back.categories()) {
            if (!category.partnerIds().isEmpty()) {
                any = true;
                cell(table, label(text, category.category()), BODY, Element.ALIGN_LEFT);
                cell(
                        table,
                        String.join(
                                ", ",
                                category.partnerIds().stream()
                                        .map(id -> partners.getOrDefault(id, ""))
                                        .toList()),
                        BODY,
                        Element.ALIGN_LEFT);
            }
        }
        if (!any) {
            var none = new PdfPCell(new Phrase(text.apply("reportback.partners.none"), BODY));
            none.setColspan(2);
            table.addCell(none);
        }
        return table;
    }

    private static String label(Function<String, String> text, Enum<?> value) {
        return text.apply(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static void opening(
            Document document, String title, String subtitle, Function<String, String> text, Locale locale) {
        document.addTitle(title + " · " + subtitle);
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(subtitle, HEADING));
        var note = new Paragraph(
                text.apply("report.prepared") + " "
                        + LocalDate.now()
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale))
                        + ". " + text.apply("report.privacy"),
                NOTE);
        note.setSpacingAfter(12);
        document.add(note);
    }

    private static String when(Period period, Locale locale) {
        return period.from().equals(period.to())
                ? month(period.from(), locale)
                : month(period.from(), locale) + " – " + month(period.to(), locale);
    }

    private static Paragraph heading(String text) {
        var heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static PdfPTable figures(Dashboard dashboard, Function<String, String> text, String fewer) {
        var table = new PdfPTable(new float[] {3, 1.2f, 1.2f});
        table.setWidthPercentage(100);
        header(table, "", text.apply("report.this-period"), text.apply("report.year-before"));
        CityFigures now = dashboard.totals();
        CityFigures before = dashboard.totalsYearBefore();
        row(table, text.apply("dashboard.contacts"), now.contacts(), before.contacts(), fewer);
        row(table, text.apply("dashboard.people"), now.people(), before.people(), fewer);
        row(table, text.apply("dashboard.needs-raised"), now.needsRaised(), before.needsRaised(), fewer);
        row(table, text.apply("dashboard.needs-resolved"), now.needsResolved(), before.needsResolved(), fewer);
        row(table, text.apply("dashboard.briefings"), now.briefings(), before.briefings(), fewer);
        row(table, text.apply("dashboard.officers-briefed"), now.officersBriefed(), before.officersBriefed(), fewer);
        row(table, text.apply("dashboard.sessions"), now.sessions(), before.sessions(), fewer);
        row(table, text.apply("dashboard.officers-trained"), now.officersTrained(), before.officersTrained(), fewer);
        row(table, text.apply("dashboard.events"), now.eventsHeld(), before.eventsHeld(), fewer);
        row(table, text.apply("dashboard.attendance"), now.attendance(), before.attendance(), fewer);
        row(
                table,
                text.apply("dashboard.police-at-events"),
                now.officersAtEvents() + now.recruitsAtEvents(),
                before.officersAtEvents() + before.recruitsAtEvents(),
                fewer);
        row(table, text.apply("dashboard.languages"), now.languagesReached(), before.languagesReached(), fewer);
        row(table, text.apply("dashboard.language-line"), now.languageLine(), before.languageLine(), fewer);
        return table;
    }

    private static PdfPTable byCity(
            Dashboard dashboard, Map<Long, String> names, Function<String, String> text, String fewer) {
        var table = new PdfPTable(new float[] {2.2f, 1, 1, 1, 1, 1, 1});
        table.setWidthPercentage(100);
        header(
                table,
                text.apply("contacts.city"),
                text.apply("dashboard.contacts"),
                text.apply("dashboard.people"),
                text.apply("dashboard.needs-raised"),
                text.apply("dashboard.briefings"),
                text.apply("dashboard.events"),
                text.apply("dashboard.attendance"));
        var figures = dashboard.cities().stream()
                .map(city -> new long[] {
                    city.contacts(),
                    city.people(),
                    city.needsRaised(),
                    city.briefings(),
                    city.eventsHeld(),
                    city.attendance()
                })
                .toArray(long[][]::new);
        // the key figures above are these columns' totals: a lone small count takes another with it
        var cells = Suppression.table(figures, fewer, text.apply("report.withheld"));
        for (int i = 0; i < figures.length; i++) {
            cell(table, names.getOrDefault(dashboard.cities().get(i).cityId(), ""), BODY, Element.ALIGN_LEFT);
            for (String value : cells.get(i)) {
                cell(table, value, BODY, Element.ALIGN_RIGHT);
            }
        }
        return table;
    }

    private static PdfPTable reach(
            List<ReachCount> counts, Map<Long, String> names, Function<String, String> text, String fewer) {
        var table = new PdfPTable(new float[] {3, 1.2f, 1.2f});
        table.setWidthPercentage(100);
        header(
                table,
                text.apply("dashboard.language"),
                text.apply("dashboard.contacts"),
                text.apply("dashboard.people"));
        if (counts.isEmpty()) {
            var empty = new PdfPCell(new Phrase(text.apply("dashboard.no-activity"), BODY));
            empty.setColspan(3);
            table.addCell(empty);
        }
        for (ReachCount count : counts) {
            cell(table, names.getOrDefault(count.id(), ""), BODY, Element.ALIGN_LEFT);
            cell(table, Suppression.count(count.contacts(), fewer), BODY, Element.ALIGN_RIGHT);
            cell(table, Suppression.count(count.people(), fewer), BODY, Element.ALIGN_RIGHT);
        }
        return table;
    }

    private static void header(PdfPTable table, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            var cell = new PdfPCell(new Phrase(titles[i], BOLD));
            cell.setBackgroundColor(new Color(0xeef2f7));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private static void row(PdfPTable table, String label, int now, int before, String fewer) {
        cell(table, label, BODY, Element.ALIGN_LEFT);
        cell(table, Suppression.count(now, fewer), BOLD, Element.ALIGN_RIGHT);
        cell(table, Suppression.count(before, fewer), BODY, Element.ALIGN_RIGHT);
    }

    private static void cell(PdfPTable table, String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(new Chunk(text, font)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xd0d7e1));
        table.addCell(cell);
    }

    private static String month(YearMonth month, Locale locale) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
    }
}
