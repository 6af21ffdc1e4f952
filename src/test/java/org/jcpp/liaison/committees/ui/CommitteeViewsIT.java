package org.jcpp.liaison.committees.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.committees.CommitteeData;
import org.jcpp.liaison.committees.CommitteeDetails;
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.committees.Interpretation;
import org.jcpp.liaison.committees.MeetingData;
import org.jcpp.liaison.committees.MeetingService;
import org.jcpp.liaison.committees.MeetingStatus;
import org.jcpp.liaison.committees.MemberData;
import org.jcpp.liaison.committees.RecommendationAnswer;
import org.jcpp.liaison.committees.RecommendationCategory;
import org.jcpp.liaison.committees.RecommendationData;
import org.jcpp.liaison.committees.RecommendationFilter;
import org.jcpp.liaison.committees.RecommendationService;
import org.jcpp.liaison.committees.RecommendationStatus;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The committees' pages and forms as a liaison and a coordinator use them, on the embedded database. */
class CommitteeViewsIT extends ViewTest {

    @Autowired
    CommitteeService committees;

    @Autowired
    MeetingService meetings;

    @Autowired
    RecommendationService recommendations;

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

    /** Opens a page with one query parameter ({@code committees/member?committee=ID}). */
    private <T> T open(String route, String parameter, long value, Class<T> expected) {
        UI.getCurrent().navigate(route, QueryParameters.simple(Map.of(parameter, String.valueOf(value))));
        return expected.cast(getCurrentView());
    }

    private CommitteeDetails committee(long cityId) {
        String name = "MAC " + UUID.randomUUID().toString().substring(0, 8);
        return signedIn.as("demo-coordinator", () -> committees.create(new CommitteeData(cityId, name, "en", true)));
    }

    private static MeetingData held(long committeeId, LocalDateTime at, Set<Long> members) {
        return new MeetingData(
                committeeId,
                at,
                at.plusMinutes(90),
                "City hall",
                MeetingStatus.HELD,
                List.of("Body cameras"),
                members,
                List.of(),
                Set.of(),
                2,
                Interpretation.NONE,
                Set.of(),
                "");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_adds_a_member_and_a_term_that_ends_before_it_starts_is_marked_without_losing_what_was_typed() {
        var mac = committee(brooklynPark);
        var view = open("committees/member", "committee", mac.id(), MemberFormView.class);
        var form = view.form;
        test(form.fullName).setValue("Fartun Ali");
        test(form.speaksFor).setValue("Somali mothers' group");
        test(form.phone).setValue("612-555-0199");
        form.termFrom.setValue(LocalDate.of(2026, 1, 1));
        form.termTo.setValue(LocalDate.of(2025, 6, 30));
        test(view.save).click();
        assertThat(errorOf(form.termTo)).isEqualTo("The term ends on or after the day it starts");
        assertThat(form.fullName.getValue()).isEqualTo("Fartun Ali");
        assertThat(form.phone.getValue()).isEqualTo("612-555-0199");
        assertThat(committees.countMembers(mac.id())).isZero();

        form.termTo.setValue(LocalDate.of(2027, 12, 31));
        test(view.save).click();
        assertThat(committees.members(mac.id(), Pageable.ofSize(10)))
                .singleElement()
                .satisfies(m -> assertThat(m.speaksFor()).isEqualTo("Somali mothers' group"));
        var page = (CommitteeView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo(mac.name());

        // the same person again, in other letters: marked at the name
        var again = open("committees/member", "committee", mac.id(), MemberFormView.class);
        test(again.form.fullName).setValue("FARTUN  ALÍ");
        test(again.save).click();
        assertThat(errorOf(again.form.fullName)).isEqualTo("This person is already a member of the committee");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_meeting_in_the_future_recorded_as_held_is_marked_at_its_status_and_a_held_one_shows_on_the_committee_page() {
        var mac = committee(brooklynPark);
        var member = committees.addMember(
                mac.id(),
                new MemberData(
                        "Abdi Farah", "", Set.of(), "", "", LocalDate.now().minusYears(1), null, true));
        var view = open("committees/meeting/edit", "committee", mac.id(), MeetingFormView.class);
        var form = view.form;
        assertThat(form.committee.getValue()).isEqualTo(mac.id());
        form.startsAt.setValue(LocalDateTime.now()
                .plusDays(7)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0));
        test(form.status).selectItem("Held");
        test(form.agenda).setValue("Body cameras\n\nHiring");
        test(view.save).click();
        assertThat(errorOf(form.status)).isEqualTo("A meeting that has not started yet cannot be recorded as held");
        assertThat(form.agenda.getValue()).isEqualTo("Body cameras\n\nHiring");

        form.startsAt.setValue(LocalDateTime.now()
                .minusDays(2)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0));
        assertThat(form.members.getListDataView().getItems()).containsExactly(member.id());
        form.members.setValue(Set.of(member.id()));
        test(view.save).click();
        var page = (MeetingView) getCurrentView();
        assertThat(page.agenda.getElement().getTextRecursively()).contains("Body cameras", "Hiring");
        assertThat(page.attendance.getText()).contains("Abdi Farah");
        assertThat(meetings.count(mac.id())).isEqualTo(1);

        var committeePage = navigate(CommitteeView.class, mac.id());
        assertThat(committeePage.monthsMet.months.getChildren().count()).isEqualTo(CommitteeView.MONTHS_SHOWN);
        assertThat(test(committeePage.meetings).size()).isEqualTo(1);
        assertThat(committeePage.meetingTotal.getText()).isEqualTo("1 meeting");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void done_without_a_response_is_marked_and_a_second_editor_is_refused_keeping_what_was_typed() {
        var mac = committee(brooklynPark);
        var meeting = meetings.create(held(mac.id(), LocalDateTime.now().minusDays(5), Set.of()));
        var raised = recommendations.create(new RecommendationData(
                meeting.id(),
                "Officers at the Eid picnic",
                "",
                RecommendationCategory.COMMUNITY_EVENT,
                null,
                "",
                null,
                Set.of(),
                Set.of(),
                Set.of()));
        var view = navigate(RecommendationView.class, raised.id());
        assertThat(view.answer.status.getListDataView().getItems())
                .contains(RecommendationStatus.ACCEPTED, RecommendationStatus.DECLINED)
                .doesNotContain(RecommendationStatus.DONE);
        test(view.answer.status).selectItem("Declined");
        test(view.saveAnswer).click();
        assertThat(errorOf(view.answer.response)).isEqualTo("Write the department's response");

        // meanwhile someone else accepts it
        recommendations.answer(
                raised.id(),
                raised.version(),
                new RecommendationAnswer(RecommendationStatus.ACCEPTED, "Yes, in uniform"));
        test(view.answer.response).setValue("Officers on duty stay in uniform");
        test(view.saveAnswer).click();
        assertThat(notices()).anyMatch(text -> text.startsWith("Someone else changed this record"));
        assertThat(view.answer.response.getValue()).isEqualTo("Officers on duty stay in uniform");
        assertThat(recommendations.get(raised.id()).status()).isEqualTo(RecommendationStatus.ACCEPTED);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_logs_two_recommendations_at_a_meeting_and_the_list_filters_them() {
        var mac = committee(brooklynPark);
        var meeting = meetings.create(held(mac.id(), LocalDateTime.now().minusDays(1), Set.of()));
        for (String title : List.of("Language line cards in every car", "Hire officers who speak Somali")) {
            var form = open("committees/recommendation/edit", "meeting", meeting.id(), RecommendationFormView.class);
            test(form.form.title).setValue(title);
            test(form.form.category).selectItem(title.startsWith("Hire") ? "Hiring" : "Training");
            test(form.save).click();
            assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        }
        var page = navigate(MeetingView.class, meeting.id());
        assertThat(test(page.raised).size()).isEqualTo(2);
        assertThat(List.of(
                        test(page.raised).getCellText(0, 0), test(page.raised).getCellText(1, 0)))
                .containsExactly("Language line cards in every car", "Hire officers who speak Somali");
        assertThat(page.raisedTotal.getText()).isEqualTo("2 recommendations");

        var list = open("committees/recommendations", "committee", mac.id(), RecommendationListView.class);
        assertThat(test(list.grid).size()).isEqualTo(2);
        assertThat(list.total.getText()).isEqualTo("2 recommendations");
        test(list.category).selectItem("Hiring");
        assertThat(recommendations.count(list.filter())).isEqualTo(1);
        assertThat(list.filter())
                .isEqualTo(new RecommendationFilter(
                        null, mac.id(), null, RecommendationCategory.HIRING, false, null, null));
        // the author deletes one logged by mistake, after saying yes
        long mistaken = recommendations
                .raisedAt(meeting.id(), Pageable.ofSize(10))
                .getLast()
                .id();
        var recommendationPage = navigate(RecommendationView.class, mistaken);
        assertThat(recommendationPage.delete.isVisible()).isTrue();
        test(recommendationPage.delete).click();
        test(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single())
                .confirm();
        assertThat(notices()).contains("Recommendation deleted");
        assertThat(getCurrentView()).isInstanceOf(MeetingView.class);
        assertThat(recommendations.countRaisedAt(meeting.id())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void another_citys_committee_by_its_address_is_not_found() {
        var hopkinsMac = committee(hopkins);
        var parkMac = committee(brooklynPark);
        // the list shows the committees of her cities, not Hopkins'
        var list = navigate(CommitteeListView.class);
        int shown = test(list.grid).size();
        var names = new java.util.ArrayList<String>();
        for (int row = 0; row < shown; row++) {
            names.add(test(list.grid).getCellText(row, 0));
        }
        assertThat(names).contains(parkMac.name()).doesNotContain(hopkinsMac.name());
        assertThat(list.total.getText()).isEqualTo(shown + " committees");
        UI.getCurrent().navigate("committees/committee/" + hopkinsMac.id());
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        open("committees/meeting/edit", "committee", hopkinsMac.id(), Object.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        open("committees/member", "committee", hopkinsMac.id(), Object.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
    }
}
