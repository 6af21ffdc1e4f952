package org.jcpp.liaison.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedFilter;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.outreach.EventFilter;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.SessionFilter;
import org.jcpp.liaison.training.TrainingSessionService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class ReportingServiceIT {

    @Autowired
    ReportingService reporting;

    @Autowired
    ReportingRefresh refresh;

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

    @Autowired
    RollCallService rollCall;

    @Autowired
    TrainingSessionService sessions;

    @Autowired
    OutreachService outreach;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long brooklynPark;
    long hopkins;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
    }

    @Test
    void every_dashboard_figure_of_each_city_equals_the_count_of_the_list_behind_it() {
        refresh.refresh();
        YearMonth now = YearMonth.now();
        Period year = new Period(now.minusMonths(11), now);
        LocalDate from = year.firstDay();
        LocalDate to = year.lastDay();
        signedIn.as("demo-coordinator", () -> {
            var dashboard = reporting.dashboard(year, List.of());
            assertThat(dashboard.cities()).hasSizeGreaterThanOrEqualTo(9);
            for (CityFigures city : dashboard.cities()) {
                long id = city.cityId();
                assertThat(city.contacts())
                        .as("contacts of %d", id)
                        .isEqualTo(contacts.count(new ContactFilter(from, to, id, null, null, null, null, null)));
                assertThat(city.needsOverdue())
                        .as("overdue needs of %d", id)
                        .isEqualTo(needs.count(new NeedFilter(id, null, null, true, null, false)));
                assertThat(city.briefings())
                        .as("briefings of %d", id)
                        .isEqualTo(rollCall.count(new BriefingFilter(from, to, id, null, null)));
                assertThat(city.sessions())
                        .as("training sessions of %d", id)
                        .isEqualTo(sessions.count(new SessionFilter(from, to, id, null)));
                assertThat(city.eventsHeld())
                        .as("events held in %d", id)
                        .isEqualTo(outreach.count(new EventFilter(from, to, id, null, EventStatus.HELD, null, null)));
            }
            assertThat(dashboard.totals().contacts())
                    .isEqualTo(dashboard.cities().stream()
                            .mapToInt(CityFigures::contacts)
                            .sum());
            assertThat(dashboard.months().stream()
                            .mapToInt(MonthFigures::contacts)
                            .sum())
                    .isEqualTo(dashboard.totals().contacts());
        });
    }

    @Test
    void a_new_contact_counts_after_the_next_refresh() {
        Period month = Period.month(YearMonth.now());
        int before = signedIn.as("demo-liaison", () -> reporting.dashboard(month, List.of(brooklynPark)))
                .totals()
                .people();
        signedIn.as("demo-liaison", () -> contacts.log(SampleContacts.visit(brooklynPark, "Counted later")));
        refresh.refresh();
        int after = signedIn.as("demo-liaison", () -> reporting.dashboard(month, List.of(brooklynPark)))
                .totals()
                .people();
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void a_contact_late_on_a_months_last_evening_counts_in_that_month_as_in_the_list() {
        YearMonth last = YearMonth.now().minusMonths(1);
        var late = last.atEndOfMonth().atTime(21, 30);
        Period month = Period.month(last);
        refresh.refresh();
        int before = signedIn.as("demo-liaison", () -> reporting.dashboard(month, List.of(brooklynPark)))
                .totals()
                .contacts();
        var visit = SampleContacts.visit(brooklynPark, "Late meeting");
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(new org.jcpp.liaison.contacts.ContactData(
                        late,
                        brooklynPark,
                        null,
                        visit.kind(),
                        visit.placeType(),
                        visit.languageIds(),
                        visit.groupIds(),
                        visit.topicIds(),
                        visit.partnerIds(),
                        3,
                        org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                        null,
                        visit.summary(),
                        List.of(),
                        null)));
        refresh.refresh();
        signedIn.as("demo-liaison", () -> {
            int after =
                    reporting.dashboard(month, List.of(brooklynPark)).totals().contacts();
            assertThat(after).isEqualTo(before + 1);
            assertThat(after)
                    .isEqualTo(contacts.count(new ContactFilter(
                            last.atDay(1), last.atEndOfMonth(), brooklynPark, null, null, null, null, null)));
        });
    }

    @Test
    void a_liaison_reads_only_their_cities_and_an_admin_none() {
        Period month = Period.month(YearMonth.now());
        signedIn.as("demo-liaison", () -> {
            assertThat(reporting.dashboard(month, List.of()).cities())
                    .extracting(CityFigures::cityId)
                    .containsExactlyInAnyOrder(
                            brooklynPark, signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Center"));
            assertThatThrownBy(() -> reporting.dashboard(month, Set.of(hopkins)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field())
                            .isEqualTo("cityIds"));
        });
        assertThatThrownBy(() -> signedIn.as("demo-admin", () -> reporting.dashboard(month, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
