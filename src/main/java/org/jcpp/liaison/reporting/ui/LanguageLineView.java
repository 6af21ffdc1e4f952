package org.jcpp.liaison.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.languageaccess.LanguageLinePicture;
import org.jcpp.liaison.languageaccess.LanguageLineService;
import org.jcpp.liaison.languageaccess.LanguageUse;
import org.jcpp.liaison.languageaccess.LineMonth;
import org.jcpp.liaison.languageaccess.RoundComparison;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.reporting.Charts;
import org.jspecify.annotations.Nullable;

/**
 * "Did the roll-call work?" for one police department ({@code reports/language-line?department=ID}): the interpreter
 * line's calls per month from the vendor's reports, the roll-call briefings on language access marked on the same
 * time line, and for each round of briefings its calls and minutes in the three months after against the three
 * before, with the reach of the round and the caveats a chief should hear with the figures.
 */
@Route("reports/language-line")
@Menu(order = 8.6, icon = "vaadin:phone", title = "nav.language-line")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class LanguageLineView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final List<Integer> SPANS = List.of(12, 24, 36);

    final Select<DepartmentRef> department = new Select<>();
    final Select<Integer> span = new Select<>();
    final Image chart = new Image();
    final VerticalLayout rounds = new VerticalLayout();
    final Grid<MonthLine> months = new Grid<>(MonthLine.class, false);
    final Grid<LanguageUse> languages = new Grid<>(LanguageUse.class, false);
    final Paragraph empty = new Paragraph();
    final Paragraph noReport = new Paragraph();

    private final LanguageLineService service;
    private final Map<Long, String> languageNames;
    private final Clock clock;
    private boolean ready;

    /** A month of the time line: its imported figures (none: no report), and its briefings on language access. */
    record MonthLine(YearMonth month, @Nullable LineMonth figures, int briefings) {}

    LanguageLineView(
            LanguageLineService service, ReferenceDataService referenceData, CurrentUser currentUser, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.languageNames = referenceData.languageNames(getLocale());
        addClassName("language-line-view");
        var scope = currentUser.scope();
        List<DepartmentRef> departments = referenceData.departments().stream()
                .filter(d -> scope.allows(d.cityId()))
                .toList();
        department.setLabel(getTranslation("rollcall.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(DepartmentRef::name);
        department.setEmptySelectionAllowed(false);
        department.setWidth("24rem");
        department.setMaxWidth("100%");
        span.setLabel(getTranslation("language-line.span"));
        span.setItems(SPANS);
        span.setItemLabelGenerator(n -> getTranslation("language-line.span.months", n));
        span.setValue(24);
        span.setWidth("16rem");
        span.setMaxWidth("100%");
        department.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        LanguageLineView.class,
                        QueryParameters.of(
                                "department", Long.toString(e.getValue().id()))));
            } else {
                show();
            }
        });
        span.addValueChangeListener(e -> show());
        var controls = new FlexLayout(department, span);
        controls.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        controls.addClassName("filter-bar");
        chart.setWidthFull();
        chart.setMaxWidth("60rem");
        noReport.setText(getTranslation("language-line.chart.no-report"));
        noReport.addClassName("note");
        rounds.setPadding(false);
        layOutMonths();
        layOutLanguages();
        add(new Paragraph(getTranslation("language-line.intro")), controls, empty, chart, noReport, rounds, caveats());
        add(new H3(getTranslation("language-line.months")), months);
        add(new H3(getTranslation("language-line.by-language")), languages);
        chart.setVisible(false);
        noReport.setVisible(false);
        if (departments.isEmpty()) {
            empty.setText(getTranslation("language-line.no-departments"));
        } else {
            department.setValue(departments.getFirst());
        }
        ready = true;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.language-line");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("department")
                .ifPresent(id -> department
                        .getListDataView()
                        .getItems()
                        .filter(d -> Long.toString(d.id()).equals(id))
                        .findFirst()
                        .ifPresent(department::setValue));
        show();
    }

    private void show() {
        DepartmentRef chosen = department.getValue();
        if (!ready || chosen == null || span.getValue() == null) {
            return;
        }
        YearMonth to = YearMonth.now(clock);
        YearMonth from = to.minusMonths(span.getValue() - 1L);
        LanguageLinePicture picture = service.picture(chosen.id(), from, to);
        var lines = new ArrayList<MonthLine>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            lines.add(new MonthLine(m, picture.month(m).orElse(null), picture.briefingsIn(m)));
        }
        empty.setText(getTranslation("language-line.no-reports", chosen.name()));
        empty.setVisible(picture.months().isEmpty());
        chart.setVisible(!picture.months().isEmpty());
        noReport.setVisible(!picture.months().isEmpty() && lines.stream().anyMatch(l -> l.figures() == null));
        chart.setSrc(png(chosen, lines));
        chart.setAlt(getTranslation(
                "language-line.chart.alt",
                chosen.name(),
                picture.months().stream().mapToInt(LineMonth::calls).sum(),
                picture.briefings().size()));
        months.setItems(lines.reversed());
        languages.setItems(service.byLanguage(chosen.id(), from, to));
        rounds.removeAll();
        picture.rounds().reversed().forEach(r -> rounds.add(round(r)));
    }

    private DownloadHandler png(DepartmentRef chosen, List<MonthLine> lines) {
        var labels = lines.stream()
                .map(l -> Formats.shortMonth(l.month()) + (l.figures() == null ? "*" : ""))
                .toList();
        var calls = new Charts.Series(
                getTranslation("language-line.calls"),
                lines.stream()
                        .map(l -> l.figures() == null ? 0 : l.figures().calls())
                        .toList());
        var briefings = new Charts.Series(
                getTranslation("language-line.briefings"),
                lines.stream().map(MonthLine::briefings).toList());
        String title = getTranslation("language-line.chart.title", chosen.name());
        String axis = getTranslation("language-line.briefings.axis");
        return event -> {
            event.inline("language-line.png");
            event.getResponse().setContentType("image/png");
            event.getOutputStream().write(Charts.usage(title, labels, calls, briefings, axis, 1000, 400));
        };
    }

    /** A round of briefings and what followed it, with the caveats that apply to its figures. */
    private Component round(RoundComparison r) {
        var card = new Div();
        card.addClassName("language-line-round");
        var round = r.round();
        card.add(new H3(
                getTranslation("language-line.round.title", Formats.date(round.first()), Formats.date(round.last()))));
        card.add(new Paragraph(getTranslation(
                "language-line.round.reach",
                round.briefings(),
                round.shiftsReached(),
                round.shifts(),
                r.shiftCoveragePercent(),
                round.officers())));
        if (r.pending()) {
            card.add(new Paragraph(getTranslation(
                    "language-line.round.pending",
                    Formats.month(r.after().getLast()),
                    Formats.month(r.readableFrom()))));
            return card;
        }
        String before = span(r.before());
        String after = span(r.after());
        card.add(new Paragraph(getTranslation(
                "language-line.round.calls",
                r.callsBefore(),
                before,
                r.callsAfter(),
                after,
                change(r.callsChangePercent()))));
        card.add(new Paragraph(getTranslation(
                "language-line.round.minutes",
                Formats.number(r.minutesBefore()),
                before,
                Formats.number(r.minutesAfter()),
                after,
                change(r.minutesChangePercent()))));
        var notes = new UnorderedList();
        if (r.smallNumbers()) {
            notes.add(new ListItem(getTranslation("language-line.caveat.small", RoundComparison.SMALL_NUMBERS)));
        }
        if (!r.complete()) {
            notes.add(new ListItem(getTranslation("language-line.caveat.missing", r.monthsMissing())));
        }
        if (notes.getChildren().findAny().isPresent()) {
            card.add(notes);
        }
        return card;
    }

    private String span(List<YearMonth> months) {
        return Formats.shortMonth(months.getFirst()) + " – " + Formats.shortMonth(months.getLast());
    }

    private String change(@Nullable Integer percent) {
        return percent == null
                ? getTranslation("language-line.change.none")
                : getTranslation("language-line.change", (percent > 0 ? "+" : "") + percent);
    }

    /** What the comparison cannot say, printed beside it always. */
    private Component caveats() {
        var box = new Div();
        box.addClassName("language-line-caveats");
        var list = new UnorderedList(
                new ListItem(getTranslation("language-line.caveat.season")),
                new ListItem(getTranslation("language-line.caveat.other-causes")),
                new ListItem(getTranslation("language-line.caveat.months")));
        box.add(new Paragraph(getTranslation("language-line.caveats")), list);
        return box;
    }

    private void layOutMonths() {
        months.addColumn(l -> Formats.month(l.month()))
                .setHeader(getTranslation("language-line.month"))
                .setAutoWidth(true);
        months.addColumn(l -> l.figures() == null
                        ? getTranslation("language-line.no-report")
                        : Formats.count(l.figures().calls()))
                .setHeader(getTranslation("language-line.calls"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        months.addColumn(l ->
                        l.figures() == null ? "" : Formats.number(l.figures().minutes()))
                .setHeader(getTranslation("language-line.minutes"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        months.addColumn(l ->
                        l.figures() == null ? "" : Formats.money(l.figures().cost()))
                .setHeader(getTranslation("language-line.cost"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        months.addColumn(MonthLine::briefings)
                .setHeader(getTranslation("language-line.briefings"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        months.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        months.setAllRowsVisible(true);
    }

    private void layOutLanguages() {
        languages
                .addColumn(u -> languageNames.getOrDefault(u.languageId(), "#" + u.languageId()))
                .setHeader(getTranslation("language-line.language"))
                .setAutoWidth(true);
        languages
                .addColumn(u -> Formats.count(u.calls()))
                .setHeader(getTranslation("language-line.calls"))
                .setTextAlign(ColumnTextAlign.END);
        languages
                .addColumn(u -> Formats.number(u.minutes()))
                .setHeader(getTranslation("language-line.minutes"))
                .setTextAlign(ColumnTextAlign.END);
        languages
                .addColumn(u -> Formats.money(u.cost()))
                .setHeader(getTranslation("language-line.cost"))
                .setTextAlign(ColumnTextAlign.END);
        languages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        languages.setAllRowsVisible(true);
        languages.setEmptyStateText(getTranslation("language-line.no-calls"));
    }
}
