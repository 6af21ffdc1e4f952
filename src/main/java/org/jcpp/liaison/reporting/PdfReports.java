package org.jcpp.liaison.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.committees.CommitteeReportBack;
import org.jcpp.liaison.committees.CommitteeReports;
import org.jcpp.liaison.committees.RecommendationStatus;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.datapractices.Suppression;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;
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
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Font SMALL_BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font NOTE = FontFactory.getFont(FontFactory.HELVETICA, 8, Color.DARK_GRAY);

    private final ReportingService reporting;
    private final ReferenceDataService referenceData;
    private final AuditTrail audit;
    private final CommitteeReports committeeReports;
    private final org.jcpp.liaison.languageaccess.LanguageLineService languageLine;

    PdfReports(
            ReportingService reporting,
            ReferenceDataService referenceData,
            AuditTrail audit,
            CommitteeReports committeeReports,
            org.jcpp.liaison.languageaccess.LanguageLineService languageLine) {
        this.committeeReports = committeeReports;
        this.languageLine = languageLine;
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
            // what follows the chart is never placed before it (section() takes its heading along to a new page)
            writer.setStrictImageSequence(true);
            opening(document, text.apply("report.title"), where + " · " + when, text, locale);

            section(document, writer, text.apply("report.figures"));
            var yearBefore = reporting.dashboard(period.yearBefore(), cityIds).cities();
            document.add(figures(dashboard, yearBefore, text, fewer));

            if (!oneCity) {
                section(document, writer, text.apply("dashboard.by-city"));
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
            boolean smallCounts = months.stream()
                    .flatMapToInt(m ->
                            java.util.stream.IntStream.of(m.contacts(), m.needsRaised(), m.briefings(), m.eventsHeld()))
                    .anyMatch(Suppression::isSmall);
            if (smallCounts) {
                section(document, writer, text.apply("dashboard.trend"));
                // a chart would show the exact small counts that the tables hide
                document.add(new Paragraph(text.apply("report.chart-left-out"), NOTE));
            } else {
                Image image = Image.getInstance(chart);
                image.scaleToFit(TEXT_WIDTH, 240);
                image.setAlignment(Element.ALIGN_CENTER);
                // the heading goes to the next page with the chart when the chart does not fit under it here
                section(document, writer, text.apply("dashboard.trend"), image.getScaledHeight() + 40);
                document.add(image);
            }

            section(document, writer, text.apply("dashboard.languages-reached"));
            document.add(reach(dashboard.languages(), referenceData.languageNames(locale), text, fewer));
            lineUse(document, writer, period, cityIds, text, locale);
            surveys(document, writer, period, cityIds, cityNames, text, locale);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
        audit.exported(
                RecordType.REPORT,
                0,
                null,
                "PDF report " + period.from() + ".." + period.to() + " cities "
                        + dashboard.cities().size());
        return out.toByteArray();
    }

    /**
     * What residents answered in the trust surveys per city and quarter (the quarters the period overlaps), beside the
     * program's contacts, briefings and events there: each item's mean and how many answered, none from fewer than ten
     * answers. Nothing when no survey was answered.
     */
    private void surveys(
            Document document,
            PdfWriter writer,
            Period period,
            Collection<Long> cityIds,
            Map<Long, String> cityNames,
            Function<String, String> text,
            Locale locale)
            throws DocumentException {
        var rows = reporting.surveyTrend(period, cityIds);
        if (rows.isEmpty()) {
            return;
        }
        String fewer = text.apply("report.fewer-than-5");
        section(document, writer, text.apply("dashboard.surveys"));
        var intro = new Paragraph(text.apply("dashboard.surveys.intro"), NOTE);
        intro.setSpacingAfter(6); // a table drawn right under a paragraph covers its last line's lower half
        document.add(intro);
        // the items some survey of these cities asked, so the table fits the page
        var items = SurveyTrend.ITEMS.stream()
                .filter(item ->
                        rows.stream().anyMatch(row -> row.said().item(item).isPresent()))
                .toList();
        var widths = new float[3 + items.size() + 3];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 1.4f;
        for (int i = 3; i < 3 + items.size(); i++) {
            widths[i] = 1.3f;
        }
        var titles = new java.util.ArrayList<String>(List.of(
                text.apply("contacts.city"), text.apply("dashboard.surveys.when"), text.apply("survey.answers")));
        items.forEach(item -> titles.add(text.apply("survey.item.short." + item.name())));
        titles.addAll(List.of(
                text.apply("dashboard.contacts"), text.apply("dashboard.briefings"), text.apply("dashboard.events")));
        var table = fittedTable(widths, SMALL_BOLD, 3, titles.toArray(String[]::new));
        for (String title : titles) {
            var cell = new PdfPCell(new Phrase(title, SMALL_BOLD));
            cell.setBackgroundColor(new Color(0xeef2f7));
            cell.setPadding(3);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        for (var row : rows) {
            cell(table, cityNames.getOrDefault(row.said().cityId(), ""), SMALL, Element.ALIGN_LEFT);
            cell(table, row.quarter(text), SMALL, Element.ALIGN_LEFT);
            // counts of 1-4 as "fewer than 5", as every printed count
            cell(table, Suppression.count(row.said().answers(), fewer), SMALL, Element.ALIGN_RIGHT);
            for (var item : items) {
                cell(table, row.item(item, text, locale), SMALL, Element.ALIGN_RIGHT);
            }
            var done = row.done();
            cell(table, Suppression.count(done == null ? 0 : done.contacts(), fewer), SMALL, Element.ALIGN_RIGHT);
            cell(table, Suppression.count(done == null ? 0 : done.briefings(), fewer), SMALL, Element.ALIGN_RIGHT);
            cell(table, Suppression.count(done == null ? 0 : done.eventsHeld(), fewer), SMALL, Element.ALIGN_RIGHT);
        }
        document.add(table);
    }

    /**
     * The interpreter line by police department in the period (from the vendors' reports), and for each round of
     * language-access briefings that began in the period and whose months after have passed, its before/after
     * comparison with the caveats that apply; the general caveats follow. Nothing when no report was imported.
     */
    private void lineUse(
            Document document,
            PdfWriter writer,
            Period period,
            Collection<Long> cityIds,
            Function<String, String> text,
            Locale locale)
            throws DocumentException {
        var totals = languageLine.totals(period.from(), period.to(), cityIds);
        if (totals.isEmpty()) {
            return;
        }
        Map<Long, String> departments = referenceData.departments().stream()
                .collect(java.util.stream.Collectors.toMap(
                        org.jcpp.liaison.referencedata.DepartmentRef::id,
                        org.jcpp.liaison.referencedata.DepartmentRef::name));
        section(document, writer, text.apply("dashboard.language-line-use"));
        String[] titles = {
            text.apply("rollcall.department"),
            text.apply("language-line.calls"),
            text.apply("language-line.minutes"),
            text.apply("language-line.cost"),
            text.apply("dashboard.language-line-use.months")
        };
        var table = fittedTable(new float[] {2.4f, 1, 1, 1.2f, 1.2f}, BOLD, HEADER_PADDING, titles);
        header(table, titles);
        var numbers = java.text.NumberFormat.getNumberInstance(locale);
        var money = java.text.NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(java.util.Currency.getInstance("USD"));
        for (var row : totals) {
            cell(table, departments.getOrDefault(row.departmentId(), ""), BODY, Element.ALIGN_LEFT);
            cell(table, numbers.format(row.calls()), BODY, Element.ALIGN_RIGHT);
            cell(table, numbers.format(row.minutes()), BODY, Element.ALIGN_RIGHT);
            cell(table, money.format(row.cost()), BODY, Element.ALIGN_RIGHT);
            cell(
                    table,
                    format(text, locale, "dashboard.committees.months-met", row.months(), period.months()),
                    BODY,
                    Element.ALIGN_RIGHT);
        }
        document.add(table);
        for (var row : totals) {
            var picture = languageLine.picture(row.departmentId(), period.from(), period.to());
            for (var r : picture.rounds()) {
                if (r.pending()) {
                    continue;
                }
                var round = r.round();
                var dates = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                        .withLocale(locale);
                document.add(new Paragraph(
                        departments.getOrDefault(row.departmentId(), "") + " · "
                                + format(
                                        text,
                                        locale,
                                        "language-line.round.title",
                                        dates.format(round.first()),
                                        dates.format(round.last())),
                        BOLD));
                document.add(new Paragraph(
                        format(
                                text,
                                locale,
                                "language-line.round.reach",
                                round.briefings(),
                                round.shiftsReached(),
                                round.shifts(),
                                r.shiftCoveragePercent(),
                                round.officers()),
                        BODY));
                String before = month(r.before().getFirst(), locale) + " – "
                        + month(r.before().getLast(), locale);
                String after = month(r.after().getFirst(), locale) + " – "
                        + month(r.after().getLast(), locale);
                document.add(new Paragraph(
                        format(
                                text,
                                locale,
                                "language-line.round.calls",
                                r.callsBefore(),
                                before,
                                r.callsAfter(),
                                after,
                                change(text, locale, r.callsChangePercent())),
                        BODY));
                document.add(new Paragraph(
                        format(
                                text,
                                locale,
                                "language-line.round.minutes",
                                numbers.format(r.minutesBefore()),
                                before,
                                numbers.format(r.minutesAfter()),
                                after,
                                change(text, locale, r.minutesChangePercent())),
                        BODY));
                if (r.smallNumbers()) {
                    document.add(new Paragraph(
                            format(
                                    text,
                                    locale,
                                    "language-line.caveat.small",
                                    org.jcpp.liaison.languageaccess.RoundComparison.SMALL_NUMBERS),
                            NOTE));
                }
                if (!r.complete()) {
                    document.add(new Paragraph(
                            format(text, locale, "language-line.caveat.missing", r.monthsMissing()), NOTE));
                }
            }
        }
        document.add(new Paragraph(
                text.apply("language-line.caveats") + " " + text.apply("language-line.caveat.season") + " "
                        + text.apply("language-line.caveat.other-causes") + " "
                        + text.apply("language-line.caveat.months"),
                NOTE));
    }

    private static String format(Function<String, String> text, Locale locale, String key, Object... arguments) {
        return new MessageFormat(text.apply(key), locale).format(arguments);
    }

    private static String change(Function<String, String> text, Locale locale, @Nullable Integer percent) {
        return percent == null
                ? text.apply("language-line.change.none")
                : format(text, locale, "language-line.change", (percent > 0 ? "+" : "") + percent);
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
            PdfWriter writer = PdfWriter.getInstance(document, out);
            opening(document, text.apply("reportback.title"), where + " · " + when(period, locale), text, locale);
            if (back.categories().isEmpty()) {
                document.add(new Paragraph(text.apply("reportback.none"), BODY));
            } else {
                document.add(new Paragraph(
                        MessageFormat.format(text.apply("reportback.intro"), Suppression.total(allParts(back), fewer)),
                        BODY));
                document.add(heading(text.apply("reportback.you-said")));
                document.add(outcomes(back, text, fewer));
                document.add(heading(text.apply("reportback.partners")));
                document.add(referrals(back, referenceData.names(ReferenceKind.PARTNER), text));
            }
            document.add(heading(text.apply("reportback.training")));
            if (back.topics().isEmpty()) {
                document.add(new Paragraph(text.apply("reportback.training.none"), BODY));
            } else if (Suppression.isSmall(back.topics().size())) {
                // each topic came from one need: fewer than five are not named, so none points to a resident's need
                document.add(new Paragraph(text.apply("reportback.training.few"), BODY));
            } else {
                document.add(new Paragraph(
                        MessageFormat.format(
                                text.apply("reportback.training.count"),
                                back.topics().size()),
                        BODY));
                var topics = new PdfPTable(new float[] {3, 1.2f});
                topics.setWidthPercentage(100);
                textHeader(topics, text.apply("training.topic"), text.apply("reportback.topic-status"));
                back.topics()
                        .forEach(
                                topic -> { // in title order
                                    cell(topics, topic.title(), BODY, Element.ALIGN_LEFT);
                                    cell(topics, label(text, topic.status()), BODY, Element.ALIGN_RIGHT);
                                });
                document.add(topics);
            }
            surveys(document, writer, period, cityIds, referenceData.allCityNames(), text, locale);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
        audit.exported(
                RecordType.REPORT,
                0,
                null,
                "report-back PDF " + period.from() + ".." + period.to() + " cities "
                        + back.cityIds().size());
        return out.toByteArray();
    }

    /**
     * An advisory committee's report-back, "you told us, we did": each recommendation and concern the committee raised
     * in the period, what it asked for, where it stands and the department's response, oldest first. {@code text} is
     * in the committee's report-back language (English or Spanish). The committee's and the department's words only:
     * no member, resident or count of people. Audited.
     */
    @Transactional
    public byte[] committeeReportBack(long committeeId, Period period, Function<String, String> text, Locale locale) {
        CommitteeReportBack back = committeeReports.reportBack(committeeId, period.firstDay(), period.lastDay());
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            opening(
                    document,
                    text.apply("committee-report.title"),
                    back.committeeName() + " · " + when(period, locale),
                    text,
                    locale,
                    "committee-report.privacy");
            if (back.lines().isEmpty()) {
                document.add(new Paragraph(text.apply("committee-report.none"), BODY));
            } else {
                document.add(new Paragraph(
                        MessageFormat.format(
                                text.apply("committee-report.intro"),
                                back.lines().size()),
                        BODY));
                var summary = new PdfPTable(new float[] {2.2f, 1.4f});
                summary.setWidthPercentage(60);
                summary.setHorizontalAlignment(Element.ALIGN_LEFT);
                summary.setSpacingBefore(8);
                header(summary, text.apply("committees.status"), text.apply("committee-report.count"));
                for (RecommendationStatus status : RecommendationStatus.values()) {
                    long count = back.lines().stream()
                            .filter(l -> l.status() == status)
                            .count();
                    if (count > 0) {
                        cell(summary, label(text, status), BODY, Element.ALIGN_LEFT);
                        cell(summary, String.valueOf(count), BODY, Element.ALIGN_RIGHT);
                    }
                }
                document.add(summary);
                for (CommitteeReportBack.Line line : back.lines()) {
                    document.add(recommendation(line, text, locale));
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be written", e);
        }
        audit.exported(
                RecordType.REPORT,
                0,
                null,
                "committee report-back PDF " + period.from() + ".." + period.to() + " committee " + committeeId + ", "
                        + back.lines().size() + " recommendations");
        return out.toByteArray();
    }

    /** One recommendation: its title, when and what about, what was asked, where it stands and the response. */
    private static PdfPTable recommendation(
            CommitteeReportBack.Line line, Function<String, String> text, Locale locale) {
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        var block = new PdfPTable(new float[] {1.3f, 4});
        block.setWidthPercentage(100);
        block.setSpacingBefore(10);
        block.setKeepTogether(true);
        var title = new PdfPCell(new Phrase(line.title(), HEADING));
        title.setColspan(2);
        title.setPadding(5);
        title.setBackgroundColor(new Color(0xeef2f7));
        title.setBorderColor(new Color(0xd0d7e1));
        block.addCell(title);
        row(
                block,
                text.apply("committee-report.raised"),
                line.raisedOn().format(format) + " · " + label(text, line.category()));
        if (!line.request().isBlank()) {
            row(block, text.apply("committee-report.asked"), line.request());
        }
        row(
                block,
                text.apply("committees.status"),
                label(text, line.status())
                        + (line.respondedOn() == null
                                ? ""
                                : " · " + text.apply("committee-report.answered") + " "
                                        + line.respondedOn().format(format)));
        row(
                block,
                text.apply("committee-report.response"),
                line.response().isBlank() ? text.apply("committee-report.no-response") : line.response());
        return block;
    }

    private static void row(PdfPTable table, String label, String value) {
        cell(table, label, BOLD, Element.ALIGN_LEFT);
        cell(table, value, BODY, Element.ALIGN_LEFT);
    }

    /**
     * Category × (raised, being worked on, referred, resolved, closed) with an "all needs" row. The states are counts;
     * "raised" and the "all needs" row are totals over them, so a total over a hidden count is a range.
     */
    private static PdfPTable outcomes(ReportBack back, Function<String, String> text, String fewer) {
        var categories = back.categories();
        String[] titles = {
            text.apply("reportback.category"),
            text.apply("reportback.raised"),
            text.apply("reportback.working"),
            text.apply("reportback.referred"),
            text.apply("reportback.resolved"),
            text.apply("reportback.closed")
        };
        var pdf = fittedTable(new float[] {2.4f, 1, 1.2f, 1.2f, 1, 1.2f}, BOLD, HEADER_PADDING, titles);
        header(pdf, titles);
        long[][] states = new long[4][categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            var c = categories.get(i);
            long[] row = {c.beingWorkedOn(), c.referred(), c.resolved(), c.closedWithoutAction()};
            cell(pdf, label(text, c.category()), BODY, Element.ALIGN_LEFT);
            cell(pdf, Suppression.total(row, fewer), BODY, Element.ALIGN_RIGHT);
            for (int state = 0; state < 4; state++) {
                states[state][i] = row[state];
                cell(pdf, Suppression.count(row[state], fewer), BODY, Element.ALIGN_RIGHT);
            }
        }
        cell(pdf, text.apply("reportback.all"), BOLD, Element.ALIGN_LEFT);
        cell(pdf, Suppression.total(allParts(back), fewer), BOLD, Element.ALIGN_RIGHT);
        for (long[] column : states) {
            cell(pdf, Suppression.total(column, fewer), BOLD, Element.ALIGN_RIGHT);
        }
        return pdf;
    }

    /** Every category's four state counts: the parts of the number of needs raised. */
    private static long[] allParts(ReportBack back) {
        return back.categories().stream()
                .flatMapToLong(c -> java.util.stream.LongStream.of(
                        c.beingWorkedOn(), c.referred(), c.resolved(), c.closedWithoutAction()))
                .toArray();
    }

    /**
     * Each category with the partner organisations that received at least five of its needs (a partner named for fewer
     * could point to a resident), and a note when others received some.
     */
    private static PdfPTable referrals(ReportBack back, Map<Long, String> partners, Function<String, String> text) {
        var table = new PdfPTable(new float[] {1.4f, 3});
        table.setWidthPercentage(100);
        textHeader(table, text.apply("reportback.category"), text.apply("reportback.partner-names"));
        boolean any = false;
        for (var category : back.categories()) {
            if (category.referrals().isEmpty()) {
                continue;
            }
            any = true;
            var named = category.referrals().entrySet().stream()
                    .filter(referral -> !Suppression.isSmall(referral.getValue()))
                    .map(referral -> partners.getOrDefault(referral.getKey(), ""))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            boolean others = category.referrals().values().stream().anyMatch(Suppression::isSmall);
            if (others) {
                named.add(text.apply(named.isEmpty() ? "reportback.partners.few" : "reportback.partners.others"));
            }
            cell(table, label(text, category.category()), BODY, Element.ALIGN_LEFT);
            cell(table, String.join(", ", named), BODY, Element.ALIGN_LEFT);
        }
        if (!any) {
            var none = new PdfPCell(new Phrase(text.apply("reportback.partners.none"), BODY));
            none.setColspan(2);
            table.addCell(none);
        }
        return table;
    }

    private static String label(Function<String, String> text, Enum<?> value) {
        return new ExportText(text).label(value);
    }

    private static void opening(
            Document document, String title, String subtitle, Function<String, String> text, Locale locale) {
        opening(document, title, subtitle, text, locale, "report.privacy");
    }

    /** The title, subtitle and the note of when it was prepared and what it holds ({@code privacyKey}). */
    private static void opening(
            Document document,
            String title,
            String subtitle,
            Function<String, String> text,
            Locale locale,
            String privacyKey) {
        document.addTitle(title + " · " + subtitle);
        document.open();
        document.add(new Paragraph(title, TITLE));
        document.add(new Paragraph(subtitle, HEADING));
        var note = new Paragraph(
                text.apply("report.prepared") + " "
                        + LocalDate.now()
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(locale))
                        + ". " + text.apply(privacyKey),
                NOTE);
        note.setSpacingAfter(12);
        document.add(note);
    }

    private static String when(Period period, Locale locale) {
        return period.from().equals(period.to())
                ? month(period.from(), locale)
                : month(period.from(), locale) + " – " + month(period.to(), locale);
    }

    /** Points a heading needs below it on its page: itself, a table's header row and its first rows. */
    private static final float KEPT_WITH_HEADING = 110;

    /**
     * A section's heading, on the next page when too little of this one is left for it and the first lines under it
     * (a heading alone at the foot of a page, its table on the next, reads as an empty section).
     */
    private static void section(Document document, PdfWriter writer, String title) throws DocumentException {
        section(document, writer, title, KEPT_WITH_HEADING);
    }

    /** As {@link #section(Document, PdfWriter, String)}, for a section whose first part needs {@code needed} points. */
    private static void section(Document document, PdfWriter writer, String title, float needed)
            throws DocumentException {
        if (writer.getVerticalPosition(true) - document.bottom() < needed) {
            document.newPage();
        }
        document.add(heading(title));
    }

    private static Paragraph heading(String text) {
        var heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(6);
        return heading;
    }

    /**
     * Totals of the period against a year before. Each is a sum over the cities, and the city-by-city tables (here and
     * in the CSV) print the cities' counts: a total over a hidden city count is therefore a range.
     */
    private static PdfPTable figures(
            Dashboard dashboard, List<CityFigures> yearBefore, Function<String, String> text, String fewer) {
        var table = new PdfPTable(new float[] {3, 1.2f, 1.2f});
        table.setWidthPercentage(100);
        header(table, "", text.apply("report.this-period"), text.apply("report.year-before"));
        var now = dashboard.cities();
        sumRow(table, text.apply("dashboard.contacts"), CityFigures::contacts, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.people"), CityFigures::people, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.needs-raised"), CityFigures::needsRaised, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.needs-resolved"), CityFigures::needsResolved, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.briefings"), CityFigures::briefings, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.officers-briefed"), CityFigures::officersBriefed, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.sessions"), CityFigures::sessions, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.officers-trained"), CityFigures::officersTrained, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.events"), CityFigures::eventsHeld, now, yearBefore, fewer);
        sumRow(table, text.apply("dashboard.attendance"), CityFigures::attendance, now, yearBefore, fewer);
        sumRow(
                table,
                text.apply("dashboard.police-at-events"),
                city -> city.officersAtEvents() + city.recruitsAtEvents(),
                now,
                yearBefore,
                fewer);
        // languages reached are distinct across the cities, not a sum of theirs
        cell(table, text.apply("dashboard.languages"), BODY, Element.ALIGN_LEFT);
        cell(table, Suppression.count(dashboard.totals().languagesReached(), fewer), BOLD, Element.ALIGN_RIGHT);
        cell(
                table,
                Suppression.count(dashboard.totalsYearBefore().languagesReached(), fewer),
                BODY,
                Element.ALIGN_RIGHT);
        sumRow(table, text.apply("dashboard.language-line"), CityFigures::languageLine, now, yearBefore, fewer);
        return table;
    }

    private static void sumRow(
            PdfPTable table,
            String label,
            ToLongFunction<CityFigures> figure,
            List<CityFigures> now,
            List<CityFigures> yearBefore,
            String fewer) {
        cell(table, label, BODY, Element.ALIGN_LEFT);
        cell(table, Suppression.total(parts(now, figure), fewer), BOLD, Element.ALIGN_RIGHT);
        cell(table, Suppression.total(parts(yearBefore, figure), fewer), BODY, Element.ALIGN_RIGHT);
    }

    private static long[] parts(List<CityFigures> cities, ToLongFunction<CityFigures> figure) {
        return cities.stream().mapToLong(figure).toArray();
    }

    private static PdfPTable byCity(
            Dashboard dashboard, Map<Long, String> names, Function<String, String> text, String fewer) {
        String[] titles = {
            text.apply("contacts.city"),
            text.apply("dashboard.contacts"),
            text.apply("dashboard.people"),
            text.apply("dashboard.needs-raised"),
            text.apply("dashboard.briefings"),
            text.apply("dashboard.events"),
            text.apply("dashboard.attendance")
        };
        var table = fittedTable(new float[] {2.2f, 1, 1, 1, 1, 1, 1}, BOLD, HEADER_PADDING, titles);
        header(table, titles);
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
        for (int i = 0; i < figures.length; i++) {
            cell(table, names.getOrDefault(dashboard.cities().get(i).cityId(), ""), BODY, Element.ALIGN_LEFT);
            for (long value : figures[i]) {
                cell(table, Suppression.count(value, fewer), BODY, Element.ALIGN_RIGHT);
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

    /** A header over columns of text: every title to the left. */
    private static void textHeader(PdfPTable table, String... titles) {
        for (String title : titles) {
            var cell = new PdfPCell(new Phrase(title, BOLD));
            cell.setBackgroundColor(new Color(0xeef2f7));
            cell.setPadding(4);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    /** The room a letter page gives a table of the whole width (the reports' margins are 48 pt). */
    private static final float TEXT_WIDTH = PageSize.LETTER.getWidth() - 96;

    private static final float HEADER_PADDING = 4;

    /**
     * A table of the whole width whose columns are at least as wide as the longest word of their header: OpenPDF breaks
     * a word that does not fit inside it ("Necesidade / s"). The room comes from the columns with some to spare, in
     * proportion; when there is not enough, the widths are as given.
     */
    static PdfPTable fittedTable(float[] widths, Font font, float padding, String... titles) {
        var table = new PdfPTable(fitWords(widths, font, padding, titles));
        table.setWidthPercentage(100);
        return table;
    }

    static float[] fitWords(float[] widths, Font font, float padding, String... titles) {
        float sum = 0;
        for (float width : widths) {
            sum += width;
        }
        var base = font.getCalculatedBaseFont(false);
        float[] points = new float[widths.length];
        float[] needed = new float[widths.length];
        float missing = 0;
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            points[i] = widths[i] / sum * TEXT_WIDTH;
            for (String word : titles[i].split("\\s+")) {
                needed[i] = Math.max(needed[i], base.getWidthPoint(word, font.getCalculatedSize()) + 2 * padding + 2);
            }
            if (needed[i] > points[i]) {
                missing += needed[i] - points[i];
            } else {
                spare += points[i] - needed[i];
            }
        }
        if (missing == 0 || spare < missing) {
            return widths;
        }
        for (int i = 0; i < widths.length; i++) {
            points[i] = needed[i] > points[i] ? needed[i] : points[i] - (points[i] - needed[i]) / spare * missing;
        }
        return points;
    }

    private static void header(PdfPTable table, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            var cell = new PdfPCell(new Phrase(titles[i], BOLD));
            cell.setBackgroundColor(new Color(0xeef2f7));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setPadding(HEADER_PADDING);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
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
