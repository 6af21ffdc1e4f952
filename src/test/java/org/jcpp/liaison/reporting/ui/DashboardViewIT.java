package org.jcpp.liaison.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.reporting.CityFigures;
import org.jcpp.liaison.reporting.ReportingRefresh;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

class DashboardViewIT extends ViewTest {

    @Autowired
    ReportingRefresh refresh;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    org.jcpp.liaison.reporting.DashboardExport export;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    org.jcpp.liaison.contacts.ContactService contacts;

    long brooklynPark;

    @BeforeEach
    void setUp() {
        brooklynPark = new SignedIn(userDetails).idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        refresh.refresh();
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("demo-coordinator")
    void the_interpreter_line_table_gives_each_departments_sums_of_the_imported_months_and_opens_its_time_line() {
        var dashboard = navigate(DashboardView.class);
        var period = dashboard.period();
        long parkPd = new SignedIn(userDetails)
                .idOf(referenceData, ReferenceKind.DEPARTMENT, "Brooklyn Park Police Department");
        var row = dashboard
                .lineUse
                .getListDataView()
                .getItems()
                .filter(r -> r.departmentId() == parkPd)
                .findFirst()
                .orElseThrow();
        var sums = jdbc.queryForMap(
                "SELECT sum(calls) AS calls, sum(minutes) AS minutes, sum(cost) AS cost, count(DISTINCT month) AS months"
                        + " FROM language_line_month WHERE department_id = ? AND month BETWEEN ? AND ?",
                parkPd,
                java.sql.Date.valueOf(period.from().atDay(1)),
                java.sql.Date.valueOf(period.to().atDay(1)));
        assertThat(row.calls())
                .isEqualTo(((Number) sums.get("calls")).intValue())
                .isPositive();
        assertThat(row.minutes()).isEqualByComparingTo((java.math.BigDecimal) sums.get("minutes"));
        assertThat(row.cost()).isEqualByComparingTo((java.math.BigDecimal) sums.get("cost"));
        assertThat(row.months()).isEqualTo(((Number) sums.get("months")).intValue());
        var link = (com.vaadin.flow.component.html.Anchor) test(dashboard.lineUse)
                .getCellComponent(
                        dashboard.lineUse.getListDataView().getItems().toList().indexOf(row), 0);
        assertThat(link.getHref()).isEqualTo("reports/language-line?department=" + parkPd);
        assertThat(link.getText()).isEqualTo("Brooklyn Park Police Department");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void interpreters_by_how_they_were_provided_count_the_contacts_of_the_period_and_mark_family_as_to_reduce() {
        var v = org.jcpp.liaison.contacts.SampleContacts.visit(brooklynPark, "family interpreted");
        new SignedIn(userDetails)
                .as(
                        "demo-liaison",
                        () -> contacts.log(new org.jcpp.liaison.contacts.ContactData(
                                v.occurredAt(),
                                v.cityId(),
                                null,
                                v.kind(),
                                v.placeType(),
                                v.languageIds(),
                                v.groupIds(),
                                v.topicIds(),
                                v.partnerIds(),
                                v.headcount(),
                                org.jcpp.liaison.referencedata.InterpreterUse.USED,
                                org.jcpp.liaison.referencedata.InterpreterMode.FAMILY_OR_FRIEND,
                                v.summary(),
                                List.of(),
                                null)));
        var dashboard = navigate(DashboardView.class);
        var period = dashboard.period();
        long expected = jdbc.queryForObject(
                "SELECT count(*) FROM contact WHERE interpreter_use = 'USED' AND interpreter_mode = 'FAMILY_OR_FRIEND'"
                        + " AND occurred_at >= ? AND occurred_at < ?",
                Long.class,
                java.sql.Timestamp.valueOf(period.from().atDay(1).atStartOfDay()),
                java.sql.Timestamp.valueOf(period.to().plusMonths(1).atDay(1).atStartOfDay()));
        var rows = dashboard.interpreters.getListDataView().getItems().toList();
        var family = rows.stream()
                .filter(r -> r.mode() == org.jcpp.liaison.referencedata.InterpreterMode.FAMILY_OR_FRIEND)
                .findFirst()
                .orElseThrow();
        assertThat(family.contacts()).isEqualTo(expected).isPositive();
        var cell = test(dashboard.interpreters).getCellComponent(rows.indexOf(family), 0);
        assertThat(cell.getElement().getTextRecursively()).contains("A practice to reduce");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void brooklyn_parks_overdue_needs_and_contacts_open_the_lists_behind_them_with_the_same_counts() {
        var dashboard = navigate(DashboardView.class);
        assertThat(test(dashboard.table).size()).isGreaterThanOrEqualTo(9);
        CityFigures park = dashboard
                .table
                .getListDataView()
                .getItems()
                .filter(row -> row.cityId() == brooklynPark)
                .findFirst()
                .orElseThrow();
        var period = dashboard.period();

        UI.getCurrent()
                .navigate("needs", QueryParameters.simple(Map.of("city", String.valueOf(brooklynPark), "overdue", "")));
        var needTotal = find(com.vaadin.flow.component.html.Span.class)
                .withCondition(span -> span.getText().endsWith("needs")
                        || span.getText().endsWith("need")
                        || span.getText().equals("No needs"))
                .all()
                .getFirst();
        assertThat(needTotal.getText())
                .isEqualTo(
                        park.needsOverdue() == 0
                                ? "No needs"
                                : park.needsOverdue() == 1 ? "1 need" : park.needsOverdue() + " needs");

        UI.getCurrent()
                .navigate(
                        "contacts",
                        QueryParameters.simple(Map.of(
                                "city", String.valueOf(brooklynPark),
                                "from", period.firstDay().toString(),
                                "to", period.lastDay().toString())));
        var contactTotal = find(com.vaadin.flow.component.html.Span.class)
                .withCondition(span -> span.getText().matches("(\\d+ contacts?|No contacts)"))
                .all()
                .getFirst();
        assertThat(contactTotal.getText()).isEqualTo(park.contacts() + " contacts");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_malformed_date_or_a_city_not_ones_own_in_the_address_is_ignored() {
        long hopkins = new SignedIn(userDetails).idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        UI.getCurrent()
                .navigate(
                        "contacts",
                        QueryParameters.simple(Map.of("city", String.valueOf(hopkins), "from", "2026-13-45")));
        var city = find(com.vaadin.flow.component.combobox.ComboBox.class)
                .withCaption("Member city")
                .single();
        var from = find(com.vaadin.flow.component.datepicker.DatePicker.class)
                .withCaption("From")
                .single();
        assertThat(city.getValue()).isNull();
        assertThat(from.getValue()).isEqualTo(java.time.LocalDate.now().minusMonths(3));
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_figure_of_a_thousand_or_more_is_grouped_as_the_pages_language_writes_numbers() {
        var demoMonths = new org.jcpp.liaison.reporting.Period(YearMonth.now().minusMonths(4), YearMonth.now());
        navigate(DashboardView.class);
        UI.getCurrent()
                .navigate(
                        "dashboard",
                        QueryParameters.simple(Map.of(
                                "from",
                                demoMonths.firstDay().toString(),
                                "to",
                                demoMonths.lastDay().toString())));
        var dashboard = (DashboardView) getCurrentView();
        int people = dashboard
                .table
                .getListDataView()
                .getItems()
                .mapToInt(CityFigures::people)
                .sum();
        assertThat(people).as("the demo's people reached in its months").isGreaterThanOrEqualTo(1000);
        String grouped =
                java.text.NumberFormat.getIntegerInstance(java.util.Locale.US).format(people);
        assertThat(find(com.vaadin.flow.component.html.Span.class).withClassName("card-value").all().stream()
                        .map(com.vaadin.flow.component.html.Span::getText))
                .as("the cards' figures")
                .contains(grouped);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void with_one_city_chosen_the_committees_last_row_names_the_cities_chosen_not_all_of_them() {
        var dashboard = navigate(DashboardView.class);
        var all = test(dashboard.committees);
        assertThat(all.getCellText(all.size() - 1, 0)).isEqualTo("All my cities");
        dashboard.cities.setValue(java.util.Set.of(brooklynPark));
        var rows = test(dashboard.committees);
        assertThat(rows.getCellText(rows.size() - 2, 0)).isEqualTo("Brooklyn Park");
        assertThat(rows.getCellText(rows.size() - 1, 0)).isEqualTo("All chosen cities");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_city_table_opens_on_contacts_and_needs_and_each_choice_shows_the_city_and_figures_no_other_shows() {
        var dashboard = navigate(DashboardView.class);
        assertThat(shownHeaders(dashboard))
                .containsExactly(
                        "Member city",
                        "Contacts",
                        "People reached",
                        "Needs raised",
                        "Needs resolved",
                        "Overdue now",
                        "Median days to resolve");
        var choice = test(dashboard.figuresShown);
        assertThat(choice.getSelected()).isEqualTo(DashboardView.ColumnGroup.CONTACTS_AND_NEEDS);
        var seen = new java.util.ArrayList<String>();
        for (var group : DashboardView.ColumnGroup.values()) {
            if (group != DashboardView.ColumnGroup.ALL) {
                choice.selectItem(dashboard.figuresShown.getItemLabelGenerator().apply(group));
                var shown = shownHeaders(dashboard);
                assertThat(shown.getFirst()).isEqualTo("Member city");
                assertThat(shown).as(group.name()).hasSizeGreaterThan(1);
                seen.addAll(shown.subList(1, shown.size()));
            }
        }
        choice.selectItem("All figures");
        var all = shownHeaders(dashboard);
        assertThat(seen).as("each figure in one group").containsExactlyElementsOf(all.subList(1, all.size()));
        assertThat(all).hasSize(dashboard.table.getColumns().size());
    }

    private static java.util.List<String> shownHeaders(DashboardView dashboard) {
        return dashboard.table.getColumns().stream()
                .filter(com.vaadin.flow.component.grid.Grid.Column::isVisible)
                .map(com.vaadin.flow.component.grid.Grid.Column::getHeaderText)
                .toList();
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_csv_has_the_columns_the_table_shows_with_all_figures_in_the_same_order() {
        var dashboard = navigate(DashboardView.class);
        dashboard.figuresShown.setValue(DashboardView.ColumnGroup.ALL);
        var onScreen = shownHeaders(dashboard);
        byte[] csv = export.cityTable(dashboard.period(), java.util.Set.of(), dashboard::getTranslation);
        var records = org.jcpp.liaison.reporting.FiguresAgreeIT.csvRecords(csv);
        assertThat(records.getFirst().values()).containsExactlyElementsOf(onScreen);
        assertThat(records)
                .hasSize((int) dashboard.table.getListDataView().getItems().count() + 2);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_figures_say_when_they_were_counted_and_refresh_counts_a_contact_saved_since_even_one_dated_months_back() {
        var dashboard = navigate(DashboardView.class);
        test(dashboard.kind).selectItem("Year");
        assertThat(dashboard.asOf.getText()).startsWith("Counted at ");
        assertThat(dashboard.refreshFigures.isVisible()).isTrue();
        int before = parkContacts(dashboard);
        var period = dashboard.period();
        // two months back when the year allows: a month the summaries cover, which the new contact changes
        var when = java.time.LocalDateTime.now().minusMonths(2);
        if (when.toLocalDate().isBefore(period.firstDay())) {
            when = period.firstDay().atStartOfDay();
        }
        var at = when;
        new SignedIn(userDetails)
                .as(
                        "demo-liaison",
                        () -> contacts.log(org.jcpp.liaison.contacts.SampleContacts.visitOn(
                                at, brooklynPark, "Logged while the dashboard was open")));
        assertThat(parkContacts(dashboard)).as("the page shows what it counted").isEqualTo(before);

        test(dashboard.refreshFigures).click();

        assertThat(parkContacts(dashboard)).isEqualTo(before + 1);
        assertThat(dashboard.asOf.getText()).startsWith("Counted at ");
    }

    private int parkContacts(DashboardView dashboard) {
        return dashboard
                .table
                .getListDataView()
                .getItems()
                .filter(row -> row.cityId() == brooklynPark)
                .findFirst()
                .orElseThrow()
                .contacts();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_sees_only_their_two_cities() {
        var dashboard = navigate(DashboardView.class);
        assertThat(dashboard.table.getListDataView().getItems().map(CityFigures::cityId))
                .hasSize(2)
                .contains(brooklynPark);
        test(dashboard.kind).selectItem("Month");
        assertThat(dashboard.period().from()).isEqualTo(dashboard.period().to());
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void an_address_with_a_quarter_and_a_city_opens_the_dashboard_on_them() {
        var quarter =
                org.jcpp.liaison.reporting.Period.quarterOf(YearMonth.now().minusMonths(3));
        UI.getCurrent()
                .navigate(
                        "dashboard",
                        QueryParameters.simple(Map.of(
                                "from", quarter.firstDay().toString(),
                                "to", quarter.lastDay().toString(),
                                "city", String.valueOf(brooklynPark))));
        var dashboard = (DashboardView) getCurrentView();
        assertThat(dashboard.kind.getValue()).isEqualTo(DashboardView.Kind.QUARTER);
        assertThat(dashboard.period()).isEqualTo(quarter);
        assertThat(dashboard.cities.getValue()).containsExactly(brooklynPark);
        assertThat(dashboard.table.getListDataView().getItems().map(CityFigures::cityId))
                .containsExactly(brooklynPark);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_second_choice_offers_years_quarters_or_months_and_keeps_the_chosen_year_when_the_kind_changes() {
        var dashboard = navigate(DashboardView.class);
        YearMonth now = YearMonth.now();
        assertThat(dashboard.month.getLabel()).isEqualTo("Year");
        var years = dashboard
                .month
                .getListDataView()
                .getItems()
                .map(YearMonth::getYear)
                .toList();
        assertThat(years).startsWith(now.getYear(), now.getYear() - 1).doesNotHaveDuplicates();
        assertThat(years.size()).isBetween(10, 11);

        int lastYear = now.getYear() - 1;
        test(dashboard.month).selectItem(String.valueOf(lastYear));
        assertThat(dashboard.period()).isEqualTo(org.jcpp.liaison.reporting.Period.yearOf(lastYear));

        test(dashboard.kind).selectItem("Quarter");
        assertThat(dashboard.month.getLabel()).isEqualTo("Quarter");
        assertThat(dashboard.month.getListDataView().getItemCount()).isBetween(40, 41);
        assertThat(dashboard.period())
                .isEqualTo(org.jcpp.liaison.reporting.Period.quarterOf(YearMonth.of(lastYear, 12)));
        assertThat(dashboard.month.getItemLabelGenerator().apply(dashboard.month.getValue()))
                .isEqualTo("October – December " + lastYear);

        test(dashboard.kind).selectItem("Month");
        assertThat(dashboard.month.getLabel()).isEqualTo("Month");
        assertThat(dashboard.month.getListDataView().getItemCount()).isEqualTo(120);
        assertThat(dashboard.month.getListDataView().contains(dashboard.month.getValue()))
                .isTrue();
        assertThat(dashboard.period()).isEqualTo(org.jcpp.liaison.reporting.Period.month(YearMonth.of(lastYear, 12)));
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_custom_period_offers_its_first_month_and_opens_from_an_address_of_seven_months() {
        var dashboard = navigate(DashboardView.class);
        assertThat(dashboard.fromMonth.isVisible()).isFalse();
        test(dashboard.kind).selectItem("Months from … to …");
        assertThat(dashboard.fromMonth.isVisible()).isTrue();
        YearMonth now = YearMonth.now();
        // the year shown, as months to change from there
        assertThat(dashboard.fromMonth.getValue()).isEqualTo(YearMonth.of(now.getYear(), 1));
        assertThat(dashboard.fromMonth.getListDataView().getItemCount()).isEqualTo(120);
        assertThat(dashboard.period())
                .isEqualTo(new org.jcpp.liaison.reporting.Period(YearMonth.of(now.getYear(), 1), now));

        var seven = new org.jcpp.liaison.reporting.Period(now.minusMonths(8), now.minusMonths(2));
        UI.getCurrent()
                .navigate(
                        "dashboard",
                        QueryParameters.simple(Map.of(
                                "from",
                                seven.firstDay().toString(),
                                "to",
                                seven.lastDay().toString())));
        var opened = (DashboardView) getCurrentView();
        assertThat(opened.kind.getValue()).isEqualTo(DashboardView.Kind.CUSTOM);
        assertThat(opened.fromMonth.isVisible()).isTrue();
        assertThat(opened.fromMonth.getValue()).isEqualTo(now.minusMonths(8));
        assertThat(opened.period()).isEqualTo(seven);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void changing_the_period_or_the_cities_puts_them_in_the_address_and_it_opens_the_same_view() {
        var dashboard = navigate(DashboardView.class);
        test(dashboard.kind).selectItem("Month");
        YearMonth now = YearMonth.now();
        assertThat(parameters(lastAddress()))
                .isEqualTo(Map.of(
                        "from",
                        List.of(now.atDay(1).toString()),
                        "to",
                        List.of(now.atEndOfMonth().toString())));

        test(dashboard.cities).selectItem("Brooklyn Park");
        String address = lastAddress();
        assertThat(address).startsWith("dashboard?");
        assertThat(parameters(address))
                .isEqualTo(Map.of(
                        "from", List.of(now.atDay(1).toString()),
                        "to", List.of(now.atEndOfMonth().toString()),
                        "city", List.of(String.valueOf(brooklynPark))));

        UI.getCurrent().navigate("needs");
        var location = new com.vaadin.flow.router.Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        var reopened = (DashboardView) getCurrentView();
        assertThat(reopened).isNotSameAs(dashboard);
        assertThat(reopened.kind.getValue()).isEqualTo(DashboardView.Kind.MONTH);
        assertThat(reopened.period()).isEqualTo(org.jcpp.liaison.reporting.Period.month(now));
        assertThat(reopened.cities.getValue()).containsExactly(brooklynPark);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_figures_chosen_for_the_city_table_are_kept_in_the_address_and_it_opens_them_again() {
        var dashboard = navigate(DashboardView.class);
        test(dashboard.figuresShown).selectItem("Roll-call and training");
        String address = lastAddress();
        assertThat(parameters(address)).containsEntry("figures", List.of("officers"));

        UI.getCurrent().navigate("rollcall"); // a figure's list, then Back to the dashboard
        var location = new com.vaadin.flow.router.Location(address);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        var reopened = (DashboardView) getCurrentView();
        assertThat(reopened).isNotSameAs(dashboard);
        assertThat(reopened.figuresShown.getValue()).isEqualTo(DashboardView.ColumnGroup.OFFICERS);
        assertThat(shownHeaders(reopened)).contains("Roll-call briefings").doesNotContain("Contacts");

        // the first figures are the default: not written; a made-up name leaves them
        lastAddress(); // what the navigation queued
        test(reopened.figuresShown).selectItem("Contacts and needs");
        String first = lastAddress();
        assertThat(first).startsWith("dashboard?");
        assertThat(parameters(first)).doesNotContainKey("figures");
        UI.getCurrent().navigate("dashboard", QueryParameters.simple(Map.of("figures", "everything")));
        assertThat(((DashboardView) getCurrentView()).figuresShown.getValue())
                .isEqualTo(DashboardView.ColumnGroup.CONTACTS_AND_NEEDS);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void an_address_with_a_year_older_than_the_ten_offered_opens_this_year() {
        int tooOld = YearMonth.now().minusMonths(120).getYear(); // begins before the 120 months offered
        UI.getCurrent()
                .navigate(
                        "dashboard",
                        QueryParameters.simple(Map.of("from", tooOld + "-01-01", "to", tooOld + "-12-31")));
        var dashboard = (DashboardView) getCurrentView();
        assertThat(dashboard.period())
                .isEqualTo(
                        org.jcpp.liaison.reporting.Period.yearOf(YearMonth.now().getYear()));
        assertThat(dashboard.month.getListDataView().getItems().map(YearMonth::getYear))
                .doesNotContain(tooOld);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_malformed_period_or_city_in_the_address_opens_this_year_for_all_cities() {
        UI.getCurrent()
                .navigate("dashboard", QueryParameters.simple(Map.of("from", "2026-13-45", "to", "soon", "city", "x")));
        var dashboard = (DashboardView) getCurrentView();
        assertThat(dashboard.kind.getValue()).isEqualTo(DashboardView.Kind.YEAR);
        assertThat(dashboard.period())
                .isEqualTo(
                        org.jcpp.liaison.reporting.Period.yearOf(YearMonth.now().getYear()));
        assertThat(dashboard.cities.getValue()).isEmpty();
        assertThat(notices()).isEmpty();
    }

    private static Map<String, List<String>> parameters(String address) {
        return new com.vaadin.flow.router.Location(address).getQueryParameters().getParameters();
    }

    /** Where the view last put the browser's address (History.replaceState), as a path with its query. */
    private static String lastAddress() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(pending -> pending.getInvocation())
                .filter(js -> js.getExpression().contains("replaceState")
                        || js.getExpression().contains("replace: true"))
                .map(js -> String.valueOf(js.getParameters().get(1)))
                .reduce((first, second) -> second)
                .orElse(null);
    }
}
