package org.jcpp.liaison.rollcall.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.WholeNumberField;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.MonthlyActivity;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.rollcall.ShiftCoverage;
import org.jcpp.liaison.training.TrainingTopicService;

/**
 * Which shifts of the departments in the user's cities were reached: for a topic or all topics, when each shift was
 * last briefed and the officers reached in the period; the shifts not reached in the last N days; officers briefed
 * and training delivered by city and month. These tables are summaries (one row per shift or city-month), computed by
 * grouped queries in the database.
 */
@Route("rollcall/coverage")
@Menu(order = 4.5, icon = "vaadin:grid-small", title = "nav.coverage")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class CoverageView extends VerticalLayout implements HasDynamicTitle {

    static final int DEFAULT_DAYS = 30;

    final ComboBox<Long> topic = new ComboBox<>();
    final DateField from = new DateField();
    final DateField to = new DateField();
    final Grid<ShiftCoverage> coverage = new Grid<>(ShiftCoverage.class, false);
    final WholeNumberField days = new WholeNumberField();
    final Grid<ShiftCoverage> notReached = new Grid<>(ShiftCoverage.class, false);
    final Paragraph notReachedSummary = new Paragraph();
    final Grid<MonthlyActivity> monthly = new Grid<>(MonthlyActivity.class, false);

    private final RollCallService rollCall;
    private final Labels names;
    private final Map<Long, String> topicTitles;

    CoverageView(
            RollCallService rollCall,
            TrainingTopicService topicService,
            ReferenceDataService referenceData,
            AccountDirectory directory) {
        this.rollCall = rollCall;
        this.names = new Labels(referenceData, directory.allDisplayNames());
        this.topicTitles = topicService.titles();
        addClassName("coverage-view");

        topic.setLabel(getTranslation("training.topic"));
        topic.setItems(topicTitles.keySet());
        topic.setItemLabelGenerator(id -> topicTitles.getOrDefault(id, ""));
        topic.setClearButtonVisible(true);
        Filters.emptyMeans(topic, getTranslation("coverage.all-topics"));
        from.setLabel(getTranslation("contacts.filter.from"));
        to.setLabel(getTranslation("contacts.filter.to"));
        to.setValue(LocalDate.now());
        from.setValue(LocalDate.now().minusDays(DEFAULT_DAYS - 1L));
        topic.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new FlexLayout(topic, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filter-bar");

        shiftColumns(coverage, true);
        coverage.setAllRowsVisible(true);
        coverage.setEmptyStateText(getTranslation("coverage.no-departments"));

        days.setLabel(getTranslation("coverage.days"));
        days.setValue(DEFAULT_DAYS);
        days.setStepButtonsVisible(true);
        days.setRangeMessage(getTranslation("rollcall.days.range"));
        days.setWidth("12em");
        days.addValueChangeListener(e -> refreshNotReached());
        shiftColumns(notReached, false);
        notReached.setAllRowsVisible(true);
        notReached.setEmptyStateText(getTranslation("coverage.all-reached"));

        monthly.addColumn(row -> month(row))
                .setHeader(getTranslation("coverage.month"))
                .setAutoWidth(true);
        monthly.addColumn(row -> names.reference.city(row.cityId()))
                .setHeader(getTranslation("contacts.city"))
                .setAutoWidth(true);
        monthly.addColumn(MonthlyActivity::briefings).setHeader(getTranslation("coverage.briefings"));
        monthly.addColumn(MonthlyActivity::officersBriefed).setHeader(getTranslation("coverage.officers-briefed"));
        monthly.addColumn(MonthlyActivity::trainingSessions).setHeader(getTranslation("coverage.sessions"));
        monthly.addColumn(row -> Formats.number(row.trainingHours())).setHeader(getTranslation("coverage.hours"));
        monthly.addColumn(MonthlyActivity::officersTrained).setHeader(getTranslation("coverage.officers-trained"));
        monthly.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        monthly.setAllRowsVisible(true);
        monthly.setEmptyStateText(getTranslation("coverage.no-activity"));

        var daysRow = new FlexLayout(days, notReachedSummary);
        daysRow.setAlignItems(Alignment.BASELINE);
        daysRow.addClassName("filter-bar");
        add(
                filters,
                new H3(getTranslation("coverage.by-shift")),
                coverage,
                new H3(getTranslation("coverage.not-reached")),
                daysRow,
                notReached,
                new H3(getTranslation("coverage.by-month")),
                monthly);
        refresh();
    }

    private void shiftColumns(Grid<ShiftCoverage> grid, boolean withPeriod) {
        grid.addColumn(row -> names.reference.city(row.cityId()))
                .setHeader(getTranslation("contacts.city"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ShiftCoverage::departmentName)
                .setHeader(getTranslation("rollcall.department"))
                .setFlexGrow(1);
        grid.addColumn(ShiftCoverage::shiftName)
                .setHeader(getTranslation("rollcall.shift"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<ShiftCoverage>of(
                                "<span class='coverage-last ${item.state}' title='${item.where}'>${item.last}</span>")
                        .withProperty("last", this::lastBriefed)
                        .withProperty("where", this::where)
                        .withProperty("state", CoverageView::state))
                .setHeader(getTranslation("coverage.last-briefed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        if (withPeriod) {
            grid.addColumn(ShiftCoverage::briefings)
                    .setHeader(getTranslation("coverage.briefings"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(ShiftCoverage::officersReached)
                    .setHeader(getTranslation("coverage.officers-reached"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        var compact = grid.addColumn(LitRenderer.<ShiftCoverage>of(
                                "<div class='two-line'><strong>${item.department} · ${item.shift}</strong>"
                                        + "<span class='coverage-last ${item.state}' title='${item.where}'>"
                                        + "${item.last}</span><span>${item.figures}</span></div>")
                        .withProperty("department", ShiftCoverage::departmentName)
                        .withProperty("shift", ShiftCoverage::shiftName)
                        .withProperty("last", this::lastBriefed)
                        .withProperty("where", this::where)
                        .withProperty("state", CoverageView::state)
                        .withProperty(
                                "figures",
                                row -> withPeriod
                                        ? getTranslation("coverage.figures", row.briefings(), row.officersReached())
                                        : ""))
                .setHeader(getTranslation("coverage.shift"));
        compact.setVisible(false);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
    }

    private String where(ShiftCoverage row) {
        return getTranslation("coverage.where", row.departmentName(), row.shiftName());
    }

    private static String state(ShiftCoverage row) {
        return row.reachedInPeriod() ? "reached" : "not-reached";
    }

    /** "Today" or a date when the period saw a briefing; otherwise "Not reached" with the last one, or "Never briefed". */
    String lastBriefed(ShiftCoverage row) {
        if (row.lastBriefed() == null) {
            return getTranslation("coverage.never");
        }
        String when = row.lastBriefed().equals(LocalDate.now())
                ? getTranslation("coverage.today")
                : Formats.date(row.lastBriefed());
        return row.reachedInPeriod() ? when : getTranslation("coverage.not-reached-since", when);
    }

    private String month(MonthlyActivity row) {
        return row.month().atDay(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Formats.locale()));
    }

    void refresh() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        from.setInvalid(false);
        to.setInvalid(false);
        if (start == null || end == null) {
            (start == null ? from : to).setErrorMessage(getTranslation("validation.required"));
            (start == null ? from : to).setInvalid(true);
            return;
        }
        try {
            coverage.setItems(rollCall.coverage(topic.getValue(), start, end));
            // whole months, so the first and last rows are not partial months labelled as whole ones
            monthly.setItems(rollCall.monthly(
                    start.withDayOfMonth(1), end.with(java.time.temporal.TemporalAdjusters.lastDayOfMonth())));
        } catch (InvalidInputException e) {
            to.setErrorMessage(getTranslation(e.messageKey()));
            to.setInvalid(true);
        }
        refreshNotReached();
    }

    void refreshNotReached() {
        Integer n = days.getValue();
        if (n == null || n < 1 || n > 3660) {
            days.setErrorMessage(getTranslation("rollcall.days.range"));
            days.setInvalid(true);
            return;
        }
        days.setInvalid(false);
        List<ShiftCoverage> rows = rollCall.notReached(topic.getValue(), n);
        notReached.setItems(rows);
        notReachedSummary.setText(getTranslation("coverage.not-reached-count", rows.size(), n));
    }

    /** The coverage rows shown now (for tests). */
    List<ShiftCoverage> shown() {
        return coverage.getListDataView().getItems().toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.coverage");
    }
}
