package org.jcpp.liaison.reporting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.jcpp.liaison.base.ParallelReads;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.Downloads;
import org.jcpp.liaison.base.ui.Filters;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.MultiPicks;
import org.jcpp.liaison.committees.CommitteeCityFigures;
import org.jcpp.liaison.committees.CommitteeReports;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.reporting.Charts;
import org.jcpp.liaison.reporting.CityFigures;
import org.jcpp.liaison.reporting.Dashboard;
import org.jcpp.liaison.reporting.DashboardExport;
import org.jcpp.liaison.reporting.MonthFigures;
import org.jcpp.liaison.reporting.Period;
import org.jcpp.liaison.reporting.ReachCount;
import org.jcpp.liaison.reporting.ReportingService;

/**
 * What happened in each member city in a period: totals compared with the same months a year before, a city-by-city
 * table whose figures open the list behind them (with the same filters), the monthly trend, and the languages and
 * community groups reached. Read from the monthly summaries, not from the raw records.
 */
@Route("dashboard")
@Menu(order = 0.5, icon = "vaadin:dashboard", title = "nav.dashboard")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** How many months back the month choices go. */
    private static final int MONTHS_OFFERED = 120;

    enum Kind {
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    final Select<Kind> kind = new Select<>();
    final Select<YearMonth> month = new Select<>();
    final Select<YearMonth> fromMonth = new Select<>();
    final MultiSelectComboBox<Long> cities = new MultiSelectComboBox<>();
    final Div totals = new Div();
    final Grid<CityFigures> table = new Grid<>(CityFigures.class, false);

    /** Which figures the city table shows: contacts and needs, officers, events, reach, or all. */
    final com.vaadin.flow.component.radiobutton.RadioButtonGroup<ColumnGroup> figuresShown =
            new com.vaadin.flow.component.radiobutton.RadioButtonGroup<>();

    private final Map<Grid.Column<CityFigures>, ColumnGroup> columnGroups = new java.util.LinkedHashMap<>();
    private ColumnGroup addingTo = ColumnGroup.CONTACTS_AND_NEEDS;
    final Grid<MonthFigures> trend = new Grid<>(MonthFigures.class, false);
    final com.vaadin.flow.component.html.Image trendChart = new com.vaadin.flow.component.html.Image();
    final com.vaadin.flow.component.html.Image cityChart = new com.vaadin.flow.component.html.Image();
    final Grid<ReachCount> languages = new Grid<>(ReachCount.class, false);
    final Grid<ReachCount> groups = new Grid<>(ReachCount.class, false);
    final Grid<CommitteeCityFigures> committees = new Grid<>(CommitteeCityFigures.class, false);
    final Grid<org.jcpp.liaison.contacts.InterpreterFigure> interpreters =
            new Grid<>(org.jcpp.liaison.contacts.InterpreterFigure.class, false);
    final Grid<org.jcpp.liaison.languageaccess.DepartmentLineTotals> lineUse =
            new Grid<>(org.jcpp.liaison.languageaccess.DepartmentLineTotals.class, false);

    private final ReportingService reporting;
    private final CommitteeReports committeeReports;
    private final org.jcpp.liaison.languageaccess.LanguageLineService languageLine;
    private final org.jcpp.liaison.contacts.ContactService contacts;
    private final Map<Long, String> departmentNames;
    private final java.time.Clock clock;
    /** When the figures on screen were counted, beside a button that counts them again (a page left open). */
    final Span asOf = new Span();

    final Button refreshFigures = new Button();
    private final Map<Long, String> cityNames;
    private final Map<Long, String> languageNames;
    private final Map<Long, String> groupNames;
    private final List<Long> allowedCities;

    @SuppressWarnings("NullAway.Init") // made in the constructor once the city names are read
    SurveyTrendGrid surveyTrend;

    @SuppressWarnings("NullAway.Init") // set when the page is entered, before it is shown
    private Dashboard shown;

    private java.time.format.@org.jspecify.annotations.Nullable DateTimeFormatter monthFormat;
    private boolean fromMonthFilled;

    /** True while the choices are set from the address: they are shown once, after all are set. */
    private boolean reading;

    DashboardView(
            ReportingService reporting,
            DashboardExport export,
            org.jcpp.liaison.reporting.PdfReports reports,
            CommitteeReports committeeReports,
            org.jcpp.liaison.languageaccess.LanguageLineService languageLine,
            org.jcpp.liaison.contacts.ContactService contacts,
            ReferenceDataService referenceData,
            java.time.Clock clock) {
        this.languageLine = languageLine;
        this.contacts = contacts;
        this.departmentNames = referenceData.departments().stream()
                .collect(java.util.stream.Collectors.toMap(
                        org.jcpp.liaison.referencedata.DepartmentRef::id,
                        org.jcpp.liaison.referencedata.DepartmentRef::name));
        this.reporting = reporting;
        this.committeeReports = committeeReports;
        this.clock = clock;
        this.cityNames = referenceData.allCityNames();
        this.surveyTrend = new SurveyTrendGrid(cityNames);
        this.languageNames = referenceData.languageNames(getLocale());
        this.groupNames = referenceData.names(ReferenceKind.COMMUNITY_GROUP);
        addClassName("dashboard-view");

        kind.setLabel(getTranslation("dashboard.period"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("dashboard.kind." + k.name()));
        kind.setValue(Kind.YEAR);
        kind.setWidth("19em"); // "Months from … to …" whole, in Somali too
        // the second choice offers the periods of the kind chosen: ten-odd years, forty quarters or 120 months
        month.setItemLabelGenerator(this::choiceLabel);
        offerChoices(YearMonth.now(clock));
        fromMonth.setLabel(getTranslation("dashboard.from-month"));
        fromMonth.setItemLabelGenerator(this::monthLabel);
        fromMonth.setVisible(false); // its 120 months are made when a custom period is chosen, not at every opening
        allowedCities = reporting.cities();
        cities.setLabel(getTranslation("dashboard.cities"));
        cities.setItems(allowedCities);
        cities.setItemLabelGenerator(id -> cityNames.getOrDefault(id, ""));
        Filters.emptyMeans(cities, getTranslation("dashboard.all-cities"));
        MultiPicks.wholeNames(cities);
        kind.addValueChangeListener(e -> {
            boolean wasReading = reading;
            reading = true; // the new choices and their months are part of this choice: the figures are counted once
            try {
                YearMonth shownFrom = period(e.getOldValue()).from();
                offerChoices(month.getValue());
                if (e.getValue() == Kind.CUSTOM) {
                    if (!fromMonthFilled) {
                        fromMonthFilled = true;
                        fromMonth.setItems(choices(Kind.MONTH, YearMonth.now(clock)));
                    }
                    fromMonth.setValue(shownFrom); // the months of the period shown, to be changed from there
                }
            } finally {
                reading = wasReading;
            }
            fromMonth.setVisible(e.getValue() == Kind.CUSTOM);
            choiceChanged();
        });
        month.addValueChangeListener(e -> choiceChanged());
        fromMonth.addValueChangeListener(e -> choiceChanged());
        cities.addValueChangeListener(e -> choiceChanged());
        var controls = new FlexLayout(kind, fromMonth, month, cities);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.addClassName("filter-bar");
        totals.addClassName("dashboard-totals");

        table.addColumn(row -> cityNames.getOrDefault(row.cityId(), ""))
                .setHeader(getTranslation("contacts.city"))
                // a width of its own, not its longest name's: a long name wraps instead of pushing the figures out
                .setWidth("11rem")
                .setFlexGrow(1)
                .setFrozen(true);
        // eighteen figures are 2,500 px wide: the table shows one kind of work at a time (the CSV has them all)
        showing(ColumnGroup.CONTACTS_AND_NEEDS);
        linked("dashboard.contacts", CityFigures::contacts, row -> "contacts?" + cityAndPeriod(row));
        number("dashboard.people", CityFigures::people);
        number("dashboard.needs-raised", CityFigures::needsRaised);
        number("dashboard.needs-resolved", CityFigures::needsResolved);
        linked("dashboard.needs-overdue", CityFigures::needsOverdue, row -> "needs?city=" + row.cityId() + "&overdue");
        grouped(table.addColumn(row -> row.medianDaysToResolve() == null
                        ? "–"
                        : Formats.number(java.math.BigDecimal.valueOf(row.medianDaysToResolve())
                                .setScale(1, java.math.RoundingMode.HALF_UP)))
                .setHeader(getTranslation("dashboard.median-days"))
                .setTextAlign(ColumnTextAlign.END));
        showing(ColumnGroup.OFFICERS);
        linked("dashboard.briefings", CityFigures::briefings, row -> "rollcall?" + cityAndPeriod(row));
        number("dashboard.officers-briefed", CityFigures::officersBriefed);
        linked("dashboard.sessions", CityFigures::sessions, row -> "training/sessions?" + cityAndPeriod(row));
        grouped(table.addColumn(row -> Formats.number(row.trainingHours()))
                .setHeader(getTranslation("dashboard.training-hours"))
                .setTextAlign(ColumnTextAlign.END));
        number("dashboard.officers-trained", CityFigures::officersTrained);
        showing(ColumnGroup.EVENTS);
        linked("dashboard.events", CityFigures::eventsHeld, row -> "events?held&" + cityAndPeriod(row));
        number("dashboard.attendance", CityFigures::attendance);
        number("dashboard.police-at-events", row -> row.officersAtEvents() + row.recruitsAtEvents());
        grouped(table.addColumn(row -> Formats.number(row.volunteerHours()))
                .setHeader(getTranslation("dashboard.volunteer-hours"))
                .setTextAlign(ColumnTextAlign.END));
        showing(ColumnGroup.REACH);
        number("dashboard.languages", CityFigures::languagesReached);
        number("dashboard.groups", CityFigures::groupsReached);
        number("dashboard.language-line", CityFigures::languageLine);
        // a group of radio buttons, not tabs: Vaadin's tabs put a focusable box between the list and its tabs, which
        // screen readers (and axe-core) find out of place
        figuresShown.setLabel(getTranslation("dashboard.columns"));
        figuresShown.setItems(ColumnGroup.values());
        figuresShown.setItemLabelGenerator(group -> getTranslation(group.key));
        figuresShown.setValue(ColumnGroup.CONTACTS_AND_NEEDS);
        figuresShown.addClassName("dashboard-figures-shown");
        figuresShown.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showColumns(e.getValue());
                if (!reading) { // kept in the address too: Back from a figure's list comes back to the same figures
                    getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address()));
                }
            }
        });
        showColumns(ColumnGroup.CONTACTS_AND_NEEDS);
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        table.setAllRowsVisible(true);
        table.setEmptyStateText(getTranslation("dashboard.no-cities"));

        trend.addColumn(row -> monthLabel(row.month()))
                .setHeader(getTranslation("dashboard.month"))
                .setAutoWidth(true);
        trend.addColumn(row -> Formats.count(row.contacts())).setHeader(getTranslation("dashboard.contacts"));
        trend.addColumn(row -> Formats.count(row.people())).setHeader(getTranslation("dashboard.people"));
        trend.addColumn(row -> Formats.count(row.needsRaised())).setHeader(getTranslation("dashboard.needs-raised"));
        trend.addColumn(row -> Formats.count(row.needsResolved()))
                .setHeader(getTranslation("dashboard.needs-resolved"));
        trend.addColumn(row -> Formats.count(row.briefings())).setHeader(getTranslation("dashboard.briefings"));
        trend.addColumn(row -> Formats.count(row.eventsHeld())).setHeader(getTranslation("dashboard.events"));
        trend.addColumn(row -> Formats.count(row.attendance())).setHeader(getTranslation("dashboard.attendance"));
        trend.getColumns().forEach(column -> column.setAutoWidth(true));
        trend.getColumns().getFirst().setFrozen(true);
        trend.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        trend.setAllRowsVisible(true);
        trend.setEmptyStateText(getTranslation("dashboard.no-activity"));
        buildCommittees();
        buildLineUse();
        buildInterpreters();

        reach(languages, "dashboard.language", languageNames);
        reach(groups, "dashboard.group", groupNames);
        var reachRow = new FlexLayout(
                section("dashboard.languages-reached", languages), section("dashboard.groups-reached", groups));
        reachRow.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        reachRow.addClassName("dashboard-reach");

        var locale = getLocale();
        Function<String, String> text = key -> getTranslation(locale, key);
        var csv = download(
                "dashboard.export-csv",
                "cities",
                ".csv",
                "text/csv; charset=UTF-8",
                () -> export.cityTable(shown.period(), cities.getValue(), text));
        var pdf = download(
                "dashboard.export-pdf",
                "report",
                ".pdf",
                "application/pdf",
                () -> reports.report(shown.period(), cities.getValue(), text, locale));
        var reportBack = download(
                "dashboard.export-report-back",
                "you-said-we-did",
                ".pdf",
                "application/pdf",
                () -> reports.reportBack(shown.period(), cities.getValue(), text, locale));
        var exports = new FlexLayout(csv, pdf, reportBack);
        asOf.addClassName("dashboard-as-of");
        refreshFigures.setText(getTranslation("dashboard.refresh"));
        refreshFigures.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        refreshFigures.addClickListener(e -> {
            refresh();
        });
        exports.addClassName("record-actions");
        add(
                controls,
                totals,
                exports,
                new H3(getTranslation("dashboard.by-city")),
                figuresShown,
                table,
                cityChart,
                new H3(getTranslation("dashboard.trend")),
                trendChart,
                trend,
                reachRow,
                new H3(getTranslation("dashboard.surveys")),
                new com.vaadin.flow.component.html.Paragraph(getTranslation("dashboard.surveys.intro")),
                surveyTrend,
                new H3(getTranslation("dashboard.committees")),
                committees,
                new H3(getTranslation("dashboard.language-line-use")),
                lineUse,
                new H3(getTranslation("dashboard.interpreters")),
                interpreters);
    }

    /**
     * Interpreters used in the period by how they were provided, on contacts and on needs' follow-ups; a family member
     * or friend is marked as a practice to reduce.
     */
    private void buildInterpreters() {
        interpreters
                .addComponentColumn(row -> {
                    var mode = row.mode();
                    var label = new Span(
                            mode == null
                                    ? getTranslation("interpreter.mode.not-recorded")
                                    : getTranslation("InterpreterMode." + mode.name()));
                    if (mode != null && mode.toReduce()) {
                        var badge = new Span(getTranslation("dashboard.interpreters.to-reduce"));
                        badge.addClassName("to-reduce");
                        return new com.vaadin.flow.component.html.Div(label, badge);
                    }
                    return label;
                })
                .setHeader(getTranslation("interpreter.mode"))
                .setAutoWidth(true)
                .setFrozen(true);
        interpreters
                .addColumn(row -> Formats.count(row.contacts()))
                .setHeader(getTranslation("dashboard.contacts"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        interpreters
                .addColumn(row -> Formats.count(row.followUps()))
                .setHeader(getTranslation("dashboard.interpreters.follow-ups"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        interpreters.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        interpreters.setAllRowsVisible(true);
        interpreters.setEmptyStateText(getTranslation("dashboard.interpreters.none"));
    }

    /**
     * The interpreter line's use by police department in the period, from the vendors' imported reports: calls,
     * minutes, cost and the months a report covered; each department opens its time line.
     */
    private void buildLineUse() {
        lineUse.addComponentColumn(row -> {
                    var link = new com.vaadin.flow.component.html.Anchor(
                            "reports/language-line?department=" + row.departmentId(),
                            departmentNames.getOrDefault(row.departmentId(), "#" + row.departmentId()));
                    return link;
                })
                .setHeader(getTranslation("rollcall.department"))
                .setAutoWidth(true)
                .setFrozen(true);
        lineUse.addColumn(row -> Formats.count(row.calls()))
                .setHeader(getTranslation("language-line.calls"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        lineUse.addColumn(row -> Formats.number(row.minutes()))
                .setHeader(getTranslation("language-line.minutes"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        lineUse.addColumn(row -> Formats.money(row.cost()))
                .setHeader(getTranslation("language-line.cost"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        lineUse.addColumn(row -> getTranslation(
                        "dashboard.committees.months-met",
                        row.months(),
                        shown.period().months()))
                .setHeader(getTranslation("dashboard.language-line-use.months"))
                .setAutoWidth(true);
        lineUse.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        lineUse.setAllRowsVisible(true);
        lineUse.setEmptyStateText(getTranslation("dashboard.language-line-use.none"));
    }

    /**
     * The advisory committees by city: months with a meeting held of the months in the period, meetings, and what
     * became of the recommendations raised in the period; a last row for all the cities.
     */
    private void buildCommittees() {
        committees
                .addColumn(row -> row.cityId() == null
                        // as the cities field says it: all of the user's, or the ones chosen there
                        ? getTranslation(cities.getValue().isEmpty() ? "dashboard.all-cities" : "report.all-cities")
                        : cityNames.getOrDefault(row.cityId(), ""))
                .setHeader(getTranslation("contacts.city"))
                .setAutoWidth(true)
                .setFrozen(true);
        committees
                .addColumn(row -> getTranslation("dashboard.committees.months-met", row.monthsMet(), row.months()))
                .setHeader(getTranslation("dashboard.committees.met"))
                .setAutoWidth(true);
        for (var column :
                java.util.List.<java.util.Map.Entry<String, java.util.function.ToIntFunction<CommitteeCityFigures>>>of(
                        java.util.Map.entry("dashboard.committees.meetings", CommitteeCityFigures::meetingsHeld),
                        java.util.Map.entry("dashboard.committees.raised", CommitteeCityFigures::raised),
                        java.util.Map.entry("dashboard.committees.accepted", CommitteeCityFigures::accepted),
                        java.util.Map.entry("dashboard.committees.declined", CommitteeCityFigures::declined),
                        java.util.Map.entry("dashboard.committees.done", CommitteeCityFigures::done),
                        java.util.Map.entry("dashboard.committees.overdue", CommitteeCityFigures::overdue))) {
            committees
                    .addColumn(row -> Formats.count(column.getValue().applyAsInt(row)))
                    .setHeader(getTranslation(column.getKey()))
                    .setAutoWidth(true)
                    .setTextAlign(ColumnTextAlign.END);
        }
        committees
                .addColumn(row -> row.medianDaysToResponse() == null
                        ? "–"
                        : Formats.number(java.math.BigDecimal.valueOf(row.medianDaysToResponse())
                                .setScale(1, java.math.RoundingMode.HALF_UP)))
                .setHeader(getTranslation("dashboard.committees.median-days"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        committees.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        committees.setAllRowsVisible(true);
        committees.setEmptyStateText(getTranslation("dashboard.committees.none"));
    }

    /** Opening the dashboard shows the period and cities its address holds ({@link #address()}), or this year's. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reading = true;
        try {
            readAddress(event.getLocation());
        } finally {
            reading = false;
        }
        refresh();
    }

    private void choiceChanged() {
        if (reading) {
            return;
        }
        refresh();
        // the choice is kept in the address (replacing it, as the lists do), so Back, a bookmark or a shared link
        // open the same view
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, address()));
    }

    /**
     * The period and cities shown, in the lists' terms: {@code dashboard?from=2026-04-01&to=2026-06-30&city=3&city=5},
     * and the city table's figures when not the first ones ({@code &figures=officers}). A month, a quarter or a year is
     * told by its first and last day.
     */
    String address() {
        var period = period();
        var query = new StringBuilder("dashboard?from=" + period.firstDay() + "&to=" + period.lastDay());
        allowedCities.stream().filter(cities.getValue()::contains).forEach(id -> query.append("&city=")
                .append(id));
        var figures = figuresShown.getValue();
        if (figures != null && figures != ColumnGroup.CONTACTS_AND_NEEDS) {
            query.append("&figures=").append(figures.slug());
        }
        return query.toString();
    }

    /** Sets the choices from the address; what is missing or malformed keeps its default, without an error. */
    private void readAddress(Location location) {
        var from = Addresses.dateParameter(location, "from").map(YearMonth::from);
        var to = Addresses.dateParameter(location, "to").map(YearMonth::from);
        if (from.isPresent() && to.isPresent()) {
            choosePeriod(from.get(), to.get());
        }
        var chosen = new LinkedHashSet<Long>();
        for (String value : location.getQueryParameters().getParameters().getOrDefault("city", List.of())) {
            try {
                Long id = Long.valueOf(value);
                if (allowedCities.contains(id)) {
                    chosen.add(id);
                }
            } catch (NumberFormatException e) {
                // a city typed by hand that is not a number is left out
            }
        }
        if (!chosen.isEmpty()) {
            cities.setValue(chosen);
        }
        // without figures in the address, the first ones (the menu's "Dashboard" reuses an open dashboard)
        figuresShown.setValue(location.getQueryParameters()
                .getSingleParameter("figures")
                .flatMap(ColumnGroup::ofSlug)
                .orElse(ColumnGroup.CONTACTS_AND_NEEDS));
    }

    /** The kind of period that runs from {@code from} to {@code to}, if the month choices can show it. */
    private void choosePeriod(YearMonth from, YearMonth to) {
        YearMonth latest = YearMonth.now(clock);
        YearMonth earliest = latest.minusMonths(MONTHS_OFFERED - 1);
        if (from.isAfter(to) || from.isAfter(latest) || from.isBefore(earliest)) {
            return;
        }
        YearMonth shownMonth = to.isAfter(latest) ? latest : to;
        if (from.equals(to)) {
            kind.setValue(Kind.MONTH);
        } else if (Period.quarterOf(from).equals(new Period(from, to))) {
            kind.setValue(Kind.QUARTER);
        } else if (Period.yearOf(from.getYear()).equals(new Period(from, to))) {
            kind.setValue(Kind.YEAR);
        } else if (!to.isAfter(latest)) {
            kind.setValue(Kind.CUSTOM);
            fromMonth.setValue(from);
        } else {
            return; // a run of months into the future: the choices cannot show it
        }
        month.setValue(lastShown(kind.getValue(), shownMonth, latest));
    }

    /** Offers the periods of the chosen kind, the one that holds {@code current} (or this one) chosen. */
    private void offerChoices(@org.jspecify.annotations.Nullable YearMonth current) {
        Kind chosenKind = kind.getValue();
        month.setLabel(getTranslation(
                switch (chosenKind) {
                    case YEAR -> "dashboard.kind.YEAR";
                    case QUARTER -> "dashboard.kind.QUARTER";
                    case MONTH -> "dashboard.month";
                    case CUSTOM -> "dashboard.to-month";
                }));
        month.setWidth(chosenKind == Kind.QUARTER ? "17em" : null); // a quarter's months, whole
        YearMonth latest = YearMonth.now(clock);
        month.setItems(choices(chosenKind, latest));
        month.setValue(lastShown(chosenKind, current == null ? latest : current, latest));
    }

    /**
     * The periods of a kind that lie whole within the months offered up to {@code latest} (a year or quarter begun
     * earlier is left out: its address could not open it again), latest first, each told by the month that {@link
     * #period()} reads it from ({@link #lastShown}).
     */
    static List<YearMonth> choices(Kind chosenKind, YearMonth latest) {
        YearMonth earliest = latest.minusMonths(MONTHS_OFFERED - 1);
        var shown = new ArrayList<YearMonth>();
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            YearMonth month = latest.minusMonths(i);
            YearMonth last = lastShown(chosenKind, month, latest);
            if ((shown.isEmpty() || !shown.getLast().equals(last))
                    && !periodOf(chosenKind, last, last).from().isBefore(earliest)) {
                shown.add(last);
            }
        }
        return shown;
    }

    /** The month that stands for {@code month}'s year or quarter in the choice: its last, {@code latest} at most. */
    static YearMonth lastShown(Kind chosenKind, YearMonth month, YearMonth latest) {
        YearMonth last =
                switch (chosenKind) {
                    case YEAR -> YearMonth.of(month.getYear(), 12);
                    case QUARTER -> Period.quarterOf(month).to();
                    case MONTH, CUSTOM -> month;
                };
        return last.isAfter(latest) ? latest : last;
    }

    /** The period a kind of choice shows, from the month chosen ({@code end}) and a custom period's first month. */
    static Period periodOf(Kind chosenKind, YearMonth end, YearMonth customStart) {
        return switch (chosenKind) {
            case MONTH -> Period.month(end);
            case QUARTER -> Period.quarterOf(end);
            case YEAR -> Period.yearOf(end.getYear());
            case CUSTOM -> customStart.isAfter(end) ? new Period(end, customStart) : new Period(customStart, end);
        };
    }

    /** A choice's label: the year, the quarter's months, or the month. */
    private String choiceLabel(YearMonth value) {
        return switch (kind.getValue()) {
            case YEAR -> String.valueOf(value.getYear());
            case QUARTER -> {
                // "October – December 2026": short enough to be read whole in the choice
                var quarter = Period.quarterOf(value);
                yield getTranslation(
                        "dashboard.period-label",
                        quarter.from().format(DateTimeFormatter.ofPattern("LLLL", Formats.locale())),
                        monthLabel(quarter.to()));
            }
            case MONTH, CUSTOM -> monthLabel(value);
        };
    }

    private void number(String headerKey, ToIntFunction<CityFigures> value) {
        grouped(table.addColumn(row -> Formats.count(value.applyAsInt(row)))
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END));
    }

    /** The kinds of work the city table shows one at a time, and all of them together (wide: it scrolls sideways). */
    enum ColumnGroup {
        CONTACTS_AND_NEEDS("dashboard.columns.contacts"),
        OFFICERS("dashboard.columns.officers"),
        EVENTS("dashboard.columns.events"),
        REACH("dashboard.columns.reach"),
        ALL("dashboard.columns.all");

        private final String key;

        ColumnGroup(String key) {
            this.key = key;
        }

        /** How the address names it: {@code figures=officers}. */
        String slug() {
            return name().toLowerCase(java.util.Locale.ROOT)
                    .replace("_and_", "-")
                    .replace('_', '-');
        }

        static java.util.Optional<ColumnGroup> ofSlug(String slug) {
            return java.util.Arrays.stream(values())
                    .filter(group -> group.slug().equals(slug))
                    .findFirst();
        }
    }

    /** The group the figures' columns added next belong to. */
    private void showing(ColumnGroup group) {
        addingTo = group;
    }

    /**
     * A figure's column: as wide as a figure, its header wrapping onto more lines (a width from the header's whole
     * text, as auto width gives, put Spanish headers beyond the screen); wider when the table has room.
     */
    private void grouped(Grid.Column<CityFigures> column) {
        column.setAutoWidth(false).setWidth("8rem").setFlexGrow(1);
        columnGroups.put(column, addingTo);
    }

    /** Shows the city and the figures of one group (or all of them). */
    private void showColumns(ColumnGroup group) {
        columnGroups.forEach((column, of) -> column.setVisible(group == ColumnGroup.ALL || of == group));
    }

    /** A figure that opens the list behind it, with the same city and period. */
    private void linked(
            String headerKey, ToIntFunction<CityFigures> value, java.util.function.Function<CityFigures, String> href) {
        grouped(table.addColumn(
                        LitRenderer.<CityFigures>of("<a href='${item.href}' class='figure-link'>${item.value}</a>")
                                .withProperty("href", href::apply)
                                .withProperty("value", row -> Formats.count(value.applyAsInt(row))))
                .setHeader(getTranslation(headerKey))
                .setTextAlign(ColumnTextAlign.END));
    }

    private static void reach(Grid<ReachCount> grid, String headerKey, Map<Long, String> names) {
        grid.addColumn(row -> names.getOrDefault(row.id(), "#" + row.id())).setHeader(grid.getTranslation(headerKey));
        grid.addColumn(row -> Formats.count(row.contacts()))
                .setHeader(grid.getTranslation("dashboard.contacts"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> Formats.count(row.people()))
                .setHeader(grid.getTranslation("dashboard.people"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(grid.getTranslation("dashboard.no-activity"));
    }

    private VerticalLayout section(String titleKey, Grid<ReachCount> grid) {
        var section = new VerticalLayout(new H3(getTranslation(titleKey)), grid);
        section.setPadding(false);
        section.addClassName("dashboard-reach-section");
        return section;
    }

    private String cityAndPeriod(CityFigures row) {
        return "city=" + row.cityId() + "&from=" + shown.period().firstDay() + "&to="
                + shown.period().lastDay();
    }

    Period period() {
        return period(kind.getValue());
    }

    /** The period shown were {@code chosenKind} the kind chosen (the months chosen as they are). */
    private Period period(@org.jspecify.annotations.Nullable Kind chosenKind) {
        YearMonth end = month.getValue() == null ? YearMonth.now(clock) : month.getValue();
        YearMonth start = fromMonth.getValue() == null ? end : fromMonth.getValue();
        return periodOf(chosenKind == null ? Kind.YEAR : chosenKind, end, start);
    }

    void refresh() {
        var period = period();
        Set<Long> chosen = Set.copyOf(cities.getValue());
        Collection<Long> chosenCities = chosen.isEmpty() ? allowedCities : chosen;
        // the view's figures come from independent statements: the side tables are read beside the main figures, so
        // opening the dashboard waits for the slowest of them rather than for their sum
        var committeeRows =
                ParallelReads.start(() -> committeeReports.cityFigures(period.from(), period.to(), chosenCities));
        var surveyRows = ParallelReads.start(() -> reporting.surveyTrend(period, chosenCities));
        var lineRows = ParallelReads.start(() -> languageLine.totals(period.from(), period.to(), chosen));
        var interpreterRows =
                ParallelReads.start(() -> contacts.interpreterFigures(period.from(), period.to(), chosen));
        shown = reporting.dashboard(period, chosen);
        table.setItems(shown.cities());
        trend.setItems(shown.months());
        languages.setItems(shown.languages());
        groups.setItems(shown.groups());
        var byName = new java.util.ArrayList<>(ParallelReads.result(committeeRows));
        byName.sort(java.util.Comparator.comparing((CommitteeCityFigures row) -> row.cityId() == null ? 1 : 0)
                .thenComparing(row -> row.cityId() == null ? "" : cityNames.getOrDefault(row.cityId(), "")));
        committees.setItems(byName);
        surveyTrend.show(ParallelReads.result(surveyRows));
        lineUse.setItems(ParallelReads.result(lineRows));
        interpreters.setItems(ParallelReads.result(interpreterRows));
        drawCharts();
        totals.removeAll();
        var asOfLine = new FlexLayout(asOf, refreshFigures);
        asOfLine.setAlignItems(FlexLayout.Alignment.BASELINE);
        asOfLine.addClassName("dashboard-as-of-line");
        totals.add(
                new Span(getTranslation(
                        "dashboard.period-label",
                        monthLabel(shown.period().from()),
                        monthLabel(shown.period().to()))),
                asOfLine);
        var t = shown.totals();
        var b = shown.totalsYearBefore();
        var cards = new FlexLayout(
                card("dashboard.contacts", t.contacts(), b.contacts()),
                card("dashboard.people", t.people(), b.people()),
                card("dashboard.needs-raised", t.needsRaised(), b.needsRaised()),
                card("dashboard.needs-resolved", t.needsResolved(), b.needsResolved()),
                card("dashboard.briefings", t.briefings(), b.briefings()),
                card("dashboard.officers-briefed", t.officersBriefed(), b.officersBriefed()),
                card("dashboard.events", t.eventsHeld(), b.eventsHeld()),
                card("dashboard.attendance", t.attendance(), b.attendance()));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("dashboard-cards");
        totals.add(cards);
        showAsOf();
    }

    /** Every figure counts every record saved until the moment it was read (ReportQueries.liveFrom): say when. */
    private void showAsOf() {
        asOf.setText(getTranslation(
                "dashboard.as-of",
                DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                        .withLocale(Formats.locale())
                        .format(java.time.LocalTime.now(clock))));
    }

    /**
     * The monthly trend and the city comparison as pictures; the tables beside them carry the same figures as text.
     * Drawn when the browser asks for them, so opening the dashboard neither waits for nor holds the pictures.
     */
    private void drawCharts() {
        var months = shown.months();
        var monthNames = months.stream().map(m -> monthLabel(m.month())).toList();
        var trendSeries = List.of(
                Charts.Series.of(getTranslation("dashboard.contacts"), months, MonthFigures::contacts),
                Charts.Series.of(getTranslation("dashboard.needs-raised"), months, MonthFigures::needsRaised),
                Charts.Series.of(getTranslation("dashboard.briefings"), months, MonthFigures::briefings),
                Charts.Series.of(getTranslation("dashboard.events"), months, MonthFigures::eventsHeld));
        String trendTitle = getTranslation("dashboard.trend");
        trendChart.setSrc(png("trend.png", () -> Charts.bars(trendTitle, monthNames, trendSeries, 900, 360)));
        trendChart.setAlt(getTranslation("dashboard.trend-chart"));
        trendChart.addClassName("dashboard-chart");
        var rows = shown.cities();
        var cityNamesShown =
                rows.stream().map(r -> cityNames.getOrDefault(r.cityId(), "")).toList();
        var citySeries = List.of(
                Charts.Series.of(getTranslation("dashboard.contacts"), rows, CityFigures::contacts),
                Charts.Series.of(getTranslation("dashboard.briefings"), rows, CityFigures::briefings),
                Charts.Series.of(getTranslation("dashboard.events"), rows, CityFigures::eventsHeld));
        String cityTitle = getTranslation("dashboard.by-city");
        cityChart.setSrc(png("cities.png", () -> Charts.bars(cityTitle, cityNamesShown, citySeries, 900, 360)));
        cityChart.setAlt(getTranslation("dashboard.city-chart"));
        cityChart.addClassName("dashboard-chart");
    }

    private static DownloadHandler png(String name, Supplier<byte[]> draw) {
        return event -> {
            event.inline(name);
            event.getResponse().setContentType("image/png");
            event.getOutputStream().write(draw.get());
        };
    }

    private Div card(String labelKey, int value, int yearBefore) {
        var figure = new Span(Formats.count(value));
        figure.addClassName("card-value");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("card-label");
        var compare = new Span(getTranslation("dashboard.year-before", yearBefore));
        compare.addClassName("card-compare");
        var card = new Div(figure, label, compare);
        card.addClassName("dashboard-card");
        return card;
    }

    private String monthLabel(YearMonth value) {
        var locale = Formats.locale();
        if (monthFormat == null || !locale.equals(monthFormat.getLocale())) {
            monthFormat = DateTimeFormatter.ofPattern("LLLL yyyy", locale); // one per view, not per label (120 months)
        }
        return value.format(monthFormat);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }

    /** A download of the dashboard's period and cities, made when clicked. */
    private Anchor download(
            String labelKey, String name, String extension, String contentType, Supplier<byte[]> bytes) {
        var anchor = Downloads.file(
                this,
                labelKey,
                () -> "jcpp-" + name + "-" + shown.period().from() + "-"
                        + shown.period().to() + extension,
                contentType,
                bytes);
        anchor.addClassName("export-link");
        return anchor;
    }
}
