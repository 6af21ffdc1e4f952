package org.jcpp.liaison.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
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
    UserDetailsService userDetails;

    long brooklynPark;

    @BeforeEach
    void setUp() {
        brooklynPark = new SignedIn(userDetails).idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        refresh.refresh();
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
                .first();
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
                .first();
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
    @WithUserDetails("demo-liaison")
    void a_liaison_sees_only_their_two_cities() {
        var dashboard = navigate(DashboardView.class);
        assertThat(dashboard.table.getListDataView().getItems().map(CityFigures::cityId))
                .hasSize(2)
                .contains(brooklynPark);
        test(dashboard.kind).selectItem("Month");
        assertThat(dashboard.period().from()).isEqualTo(dashboard.period().to());
    }
}
