package org.jcpp.liaison.rollcall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import java.time.LocalDate;
import java.util.Set;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.rollcall.ShiftCoverage;
import org.jcpp.liaison.training.SampleTraining;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TopicRef;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

class RollCallViewsIT extends ViewTest {

    @Autowired
    RollCallService rollCall;

    @Autowired
    TrainingTopicService topics;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    SampleTraining samples;
    DepartmentRef brooklynPark;
    DepartmentRef brooklynCenter;
    DepartmentRef hopkins;
    TopicRef languageLine;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        samples = new SampleTraining(signedIn, topics, referenceData);
        brooklynPark = samples.department("Brooklyn Park");
        brooklynCenter = samples.department("Brooklyn Center");
        hopkins = samples.department("Hopkins");
        languageLine = samples.activeTopic("Using the language line");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_logs_a_night_shift_briefing_and_its_page_shows_the_topic_at_the_revision_covered() {
        long before = rollCall.count(all());
        var view = navigate(BriefingFormView.class);
        var form = view.form;
        assertThat(form.department.getListDataView().getItems().map(form.department.getItemLabelGenerator()))
                .containsExactlyInAnyOrder("Brooklyn Center Police Department", "Brooklyn Park Police Department");
        test(form.department).selectItem("Brooklyn Center Police Department");
        test(form.shift).selectItem("Night");
        test(form.topics).selectItem("Using the language line");
        test(form.officers).setValue(14);
        test(form.feedback).setValue("How fast does the line pick up at 3 a.m.?");
        test(view.save).click();

        assertThat(rollCall.count(all())).isEqualTo(before + 1);
        var page = (BriefingView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo("Roll-call: Brooklyn Center Police Department, Night shift");
        var topicLink = find(Anchor.class).withText("Using the language line").single();
        assertThat(topicLink.getHref())
                .isEqualTo("training/topic/" + languageLine.id() + "?revision=" + languageLine.revision());
        assertThat(page.topics.getElement().getTextRecursively())
                .contains("revision " + languageLine.revision() + " (current)");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void no_officers_a_thousand_officers_and_no_topic_are_marked_at_their_fields_and_nothing_is_saved() {
        long before = rollCall.count(all());
        var view = navigate(BriefingFormView.class);
        var form = view.form;
        assertThat(form.briefedOn.getMin()).isEqualTo(LocalDate.now().minusYears(10)); // 1900 is not offered
        test(form.department).selectItem("Brooklyn Park Police Department");
        test(form.shift).selectItem("Day");
        test(form.feedback).setValue("Typed before the mistake");
        test(form.officers).setValue(0);
        test(view.save).click();
        assertThat(errorOf(form.officers)).isEqualTo("Between 1 and 999 officers, please");
        assertThat(errorOf(form.topics)).isEqualTo("Choose at least one topic");
        test(form.officers).setValue(1000);
        test(view.save).click();
        assertThat(errorOf(form.officers)).isEqualTo("Between 1 and 999 officers, please");
        assertThat(form.feedback.getValue()).isEqualTo("Typed before the mistake");
        assertThat(form.shift.getValue()).isNotNull();
        assertThat(rollCall.count(all())).isEqualTo(before);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_stored_briefing_opens_with_its_shift_presenter_and_counts_and_a_change_is_saved() {
        long parkNight = samples.shift(brooklynPark, "Night").id();
        var logged = rollCall.log(new BriefingData(
                LocalDate.now().minusDays(1),
                brooklynPark.id(),
                parkNight,
                null,
                Set.of(languageLine.id()),
                9,
                20,
                "Asked where the language line card is",
                ""));
        var view = navigate(BriefingFormView.class, logged.id());
        var form = view.form;
        assertThat(form.department.getValue()).isEqualTo(brooklynPark.id());
        assertThat(form.shift.getValue()).isEqualTo(parkNight);
        assertThat(form.presenter.getValue().id()).isEqualTo(logged.presenterId());
        assertThat(form.topics.getValue()).containsExactly(languageLine.id());
        assertThat(form.officers.getValue()).isEqualTo(9);
        assertThat(form.feedback.getValue()).isEqualTo("Asked where the language line card is");
        test(form.officers).setValue(11);
        test(view.save).click();
        var stored = rollCall.get(logged.id());
        assertThat(stored.officers()).isEqualTo(11);
        assertThat(stored.minutes()).isEqualTo(20);
        assertThat(stored.version()).isGreaterThan(logged.version());
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_department_offers_only_its_own_shifts_and_a_shift_chosen_before_is_cleared() {
        var view = navigate(BriefingFormView.class);
        var form = view.form;
        test(form.department).selectItem("Brooklyn Park Police Department");
        assertThat(form.shift.getListDataView().getItems().map(form.shift.getItemLabelGenerator()))
                .containsExactly("Day", "Middle", "Night");
        long parkDay = samples.shift(brooklynPark, "Day").id();
        test(form.shift).selectItem("Day");
        test(form.department).selectItem("Brooklyn Center Police Department");
        assertThat(form.shift.getValue()).isNull();
        assertThat(form.shift.getListDataView().getItems()).doesNotContain(parkDay);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void coverage_marks_the_brooklyn_center_day_shift_not_reached_and_lists_it_for_the_chosen_number_of_days() {
        long day = samples.shift(brooklynCenter, "Day").id();
        var view = navigate(CoverageView.class);
        assertThat(view.shown())
                .extracting(ShiftCoverage::cityId)
                .containsOnly(brooklynPark.cityId(), brooklynCenter.cityId());
        var dayRow = view.shown().stream()
                .filter(r -> r.shiftId() == day)
                .findFirst()
                .orElseThrow();
        assertThat(view.lastBriefed(dayRow)).matches("^(Not reached \\(last: .*\\)|Never briefed)$");
        assertThat(view.notReached.getListDataView().getItems())
                .extracting(ShiftCoverage::shiftId)
                .contains(day);
        assertThat(view.notReachedSummary.getText()).endsWith("not reached in the last 30 days.");

        test(view.days).setValue(1000);
        assertThat(view.notReachedSummary.getText()).endsWith("in the last 1,000 days.");
        test(view.days).setValue(0);
        assertThat(errorOf(view.days)).isEqualTo("Between 1 and 3,660 days, please");

        test(view.to).setValue(LocalDate.now().minusYears(1));
        assertThat(errorOf(view.to)).isEqualTo("The end of the period must not be before its start");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_filters_briefings_by_city_and_opens_one() {
        String marker = "hopkins-" + System.nanoTime();
        long hopkinsDay = samples.shift(hopkins, "Day").id();
        var logged = rollCall.log(new BriefingData(
                LocalDate.now(), hopkins.id(), hopkinsDay, null, Set.of(languageLine.id()), 11, 20, marker, ""));
        var view = navigate(BriefingListView.class);
        test(view.city).selectItem("Hopkins");
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        for (int row = 0; row < Math.min(grid.size(), 20); row++) {
            assertThat(grid.getCellText(row, 1)).isEqualTo("Hopkins Police Department");
        }
        var page = navigate(BriefingView.class, logged.id());
        assertThat(page.feedback.getText()).isEqualTo(marker);
        assertThat(page.edit.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_opening_or_editing_a_hopkins_briefing_sees_not_found() {
        long hopkinsDay = samples.shift(hopkins, "Day").id();
        var logged = signedIn.as(
                "demo-coordinator",
                () -> rollCall.log(new BriefingData(
                        LocalDate.now(), hopkins.id(), hopkinsDay, null, Set.of(languageLine.id()), 8, 10, "", "")));
        navigate("rollcall/briefing/" + logged.id(), Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        navigate("rollcall/log/" + logged.id(), Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_briefing_logged_before_a_revision_says_which_revision_it_covered() {
        var topic = samples.newActiveTopic("Reading body language");
        long middle = samples.shift(brooklynPark, "Middle").id();
        var logged = rollCall.log(
                new BriefingData(LocalDate.now(), brooklynPark.id(), middle, null, Set.of(topic.id()), 10, 15, "", ""));
        signedIn.as(
                "demo-coordinator",
                () -> topics.revise(
                        topic.id(),
                        topic.version(),
                        new TopicData(
                                topic.title(),
                                topic.summary(),
                                "Revised points",
                                TrainingAudience.PATROL,
                                "Officers asked for examples",
                                null,
                                false)));
        var page = navigate(BriefingView.class, logged.id());
        assertThat(page.topics.getElement().getTextRecursively())
                .contains("revision 1 (the topic is now at revision 2)");
        assertThat(find(Anchor.class).withText(topic.title()).single().getHref())
                .isEqualTo("training/topic/" + topic.id() + "?revision=1");
    }

    private static BriefingFilter all() {
        return new BriefingFilter(null, null, null, null, null);
    }
}
