package org.jcpp.liaison.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.committees.CommitteeReportBack;
import org.jcpp.liaison.committees.CommitteeReports;
import org.jcpp.liaison.reporting.PdfReports;
import org.jcpp.liaison.reporting.Period;

/**
 * A committee's report-back, "you told us, we did" ({@code reports/committee/ID}): the months it covers, what it will
 * print (each recommendation raised then, where it stands, the response) and the PDF, in the committee's report-back
 * language.
 */
@Route("reports/committee")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class CommitteeReportView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    static final int MONTHS_OFFERED = 120;

    final H2 title = new H2();
    final Select<YearMonth> fromMonth = new Select<>();
    final Select<YearMonth> toMonth = new Select<>();
    final Paragraph summary = new Paragraph();
    final Grid<CommitteeReportBack.Line> lines = new Grid<>(CommitteeReportBack.Line.class, false);
    final FlexLayout downloads = new FlexLayout();

    private final CommitteeReports committeeReports;
    private final PdfReports reports;
    private long committeeId;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private CommitteeReportBack shown;

    CommitteeReportView(CommitteeReports committeeReports, PdfReports reports, Clock clock) {
        this.committeeReports = committeeReports;
        this.reports = reports;
        addClassName("committee-report-view");
        setMaxWidth("70rem");
        var months = new ArrayList<YearMonth>();
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            months.add(now.minusMonths(i));
        }
        for (var month : new Select[] {fromMonth, toMonth}) {
            @SuppressWarnings("unchecked")
            Select<YearMonth> select = month;
            select.setItems(months);
            select.setItemLabelGenerator(this::monthLabel);
            select.addValueChangeListener(e -> show());
        }
        fromMonth.setLabel(getTranslation("dashboard.from-month"));
        toMonth.setLabel(getTranslation("committee-report.to-month"));
        fromMonth.setValue(now.minusMonths(11));
        toMonth.setValue(now);
        var controls = new FlexLayout(fromMonth, toMonth);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.addClassName("filter-bar");
        lines.addColumn(line -> Formats.date(line.raisedOn()))
                .setHeader(getTranslation("committees.raised-on"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(CommitteeReportBack.Line::title)
                .setHeader(getTranslation("committees.title"))
                .setFlexGrow(2);
        lines.addColumn(line -> Formats.enumLabel(this, line.status()))
                .setHeader(getTranslation("committees.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        lines.addColumn(line -> line.response().isBlank() ? "–" : Formats.excerpt(line.response(), 120))
                .setHeader(getTranslation("committees.response"))
                .setFlexGrow(3);
        var compact = lines.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<CommitteeReportBack.Line>of(
                                "<div class='two-line'><strong>${item.title}</strong><span>${item.details}</span>"
                                        + "<span>${item.response}</span></div>")
                        .withProperty("title", CommitteeReportBack.Line::title)
                        .withProperty(
                                "details",
                                line -> Formats.date(line.raisedOn()) + " · " + Formats.enumLabel(this, line.status()))
                        .withProperty(
                                "response",
                                line -> line.response().isBlank() ? "" : Formats.excerpt(line.response(), 120)))
                .setHeader(getTranslation("committees.recommendations"));
        compact.setVisible(false);
        org.jcpp.liaison.base.ui.Narrow.whenNarrow(
                lines, () -> lines.getColumns().forEach(column -> column.setVisible(column == compact)));
        lines.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        lines.setAllRowsVisible(true);
        lines.setEmptyStateText(getTranslation("committee-report.none"));
        downloads.addClassName("record-actions");
        add(title, controls, summary, downloads, lines);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        committeeId = id;
        Records.orNotFound(event, () -> committeeReports.reportBack(id, period().firstDay(), period().lastDay()))
                .ifPresent(back -> show());
    }

    private Period period() {
        YearMonth from = fromMonth.getValue();
        YearMonth to = toMonth.getValue();
        return to.isBefore(from) ? new Period(to, from) : new Period(from, to);
    }

    private void show() {
        if (committeeId == 0 || fromMonth.getValue() == null || toMonth.getValue() == null) {
            return;
        }
        Period period = period();
        shown = committeeReports.reportBack(committeeId, period.firstDay(), period.lastDay());
        title.setText(getTranslation("committee-report.page-title", shown.committeeName()));
        lines.setItems(shown.lines());
        Locale language = Locale.forLanguageTag(shown.reportLanguage());
        summary.setText(getTranslation(
                "committee-report.summary",
                shown.lines().size(),
                getTranslation("person.notice." + shown.reportLanguage())));
        Function<String, String> text = key -> getTranslation(language, key);
        var pdf = Downloads.file(
                this,
                "committee-report.download",
                () -> "jcpp-you-told-us-we-did-" + committeeId + "-" + period.from() + "-" + period.to() + ".pdf",
                "application/pdf",
                () -> reports.committeeReportBack(committeeId, period, text, language));
        pdf.addClassName("export-link");
        downloads.removeAll();
        downloads.add(pdf, new Anchor("committees/committee/" + committeeId, getTranslation("committee-report.back")));
    }

    private String monthLabel(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Formats.locale()));
    }

    @Override
    public String getPageTitle() {
        return shown == null
                ? getTranslation("committee-report.title")
                : getTranslation("committee-report.page-title", shown.committeeName());
    }
}
