package org.jcpp.liaison.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.training.SampleTraining;
import org.jcpp.liaison.training.SessionFilter;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TopicFilter;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingSessionService;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

class TrainingViewsIT extends ViewTest {

    @Autowired
    TrainingTopicService topics;

    @Autowired
    TrainingSessionService sessions;

    @Autowired
    ContactService contacts;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    SampleTraining samples;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        samples = new SampleTraining(signedIn, topics, referenceData);
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_reads_the_active_catalog_without_statuses_or_proposals() {
        var proposed = signedIn.as(
                "demo-liaison",
                () -> topics.propose(new TopicData(
                        "Hidden from admins " + System.nanoTime(), "", "", TrainingAudience.PATROL, "", null, false)));
        var view = navigate(TopicCatalogView.class);
        assertThat(view.status.isVisible()).isFalse();
        assertThat(view.propose.isVisible()).isFalse();
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        for (int row = 0; row < grid.size(); row++) {
            assertThat(grid.getRow(row).status()).isEqualTo(TopicStatus.ACTIVE);
        }
        navigate("training/topic/" + proposed.id(), Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        var page = navigate(
                TopicView.class, samples.activeTopic("Using the language line").id());
        assertThat(page.revise.isVisible()).isFalse();
        assertThat(find(Anchor.class)
                        .withText("Roll-call briefings on this topic")
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_proposes_a_topic_from_a_need_and_its_page_links_back_to_the_need() {
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long needId = contacts.log(SampleContacts.visit(
                        park,
                        "Mosque forum",
                        SampleContacts.need(
                                NeedCategory.LANGUAGE_ACCESS, "Officers should call an interpreter", null, null)))
                .needs()
                .getFirst()
                .id();
        UI.getCurrent().navigate("training/edit", QueryParameters.of("need", String.valueOf(needId)));
        var form = (TopicFormView) getCurrentView();
        assertThat(form.origin.getText())
                .isEqualTo("Proposed from a community need: Language access in Brooklyn Park (Open)");
        String title = "Calling an interpreter early " + System.nanoTime();
        test(form.form.title).setValue(title);
        test(form.form.audience).selectItem("Patrol");
        test(form.form.keyPoints).setValue("Offer the language line before questions");
        test(form.save).click();

        var page = (TopicView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo(title);
        assertThat(page.facts.getElement().getTextRecursively()).contains("Proposed");
        assertThat(find(Anchor.class)
                        .withText("Proposed from a community need: Language access in Brooklyn Park (Open)")
                        .single()
                        .getHref())
                .isEqualTo("need/" + needId);
        assertThat(find(Button.class).withText("Approve").exists()).isFalse();
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_revises_key_points_with_a_note_and_the_earlier_revision_stays_readable() {
        var topic = samples.newActiveTopic("Traffic stop greetings");
        var form = navigate(TopicFormView.class, topic.id());
        assertThat(form.save.getText()).isEqualTo("Save as revision 2");
        test(form.form.keyPoints).setValue("Greet first\nExplain the stop");
        test(form.save).click();
        assertThat(errorOf(form.form.changeNote)).isEqualTo("Say what changed in this revision");
        assertThat(form.form.keyPoints.getValue()).isEqualTo("Greet first\nExplain the stop");
        test(form.form.changeNote).setValue("Officers asked what to say first");
        test(form.save).click();

        var page = (TopicView) getCurrentView();
        assertThat(page.keyPoints.getText()).isEqualTo("Greet first\nExplain the stop");
        assertThat(page.history.getElement().getTextRecursively())
                .contains("Revision 2")
                .contains("Officers asked what to say first")
                .contains("Revision 1")
                .contains("First version");

        UI.getCurrent().navigate("training/topic/" + topic.id(), QueryParameters.of("revision", "1"));
        var older = (TopicView) getCurrentView();
        assertThat(older.banner.isVisible()).isTrue();
        assertThat(older.banner.getElement().getTextRecursively()).contains("You are reading revision 1 of 2");
        assertThat(older.keyPoints.getText()).isEqualTo("First key point");
        assertThat(older.revise.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_topic_from_a_need_of_another_city_says_so_without_naming_the_need() {
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        var topic = signedIn.as("demo-coordinator", () -> {
            long needId = contacts.log(SampleContacts.visit(
                            hopkins,
                            "Hopkins visit",
                            SampleContacts.need(NeedCategory.SAFETY, "Streetlights", null, null)))
                    .needs()
                    .getFirst()
                    .id();
            return topics.propose(new TopicData(
                    "From Hopkins " + System.nanoTime(), "", "Point", TrainingAudience.PATROL, "", needId, false));
        });
        var page = navigate(TopicView.class, topic.id());
        assertThat(page.origin.getElement().getTextRecursively())
                .isEqualTo("Proposed from a community need of a city you do not work in");
        assertThat(page.origin.getElement().getTextRecursively()).doesNotContain("Hopkins");
        assertThat(find(Anchor.class)
                        .withText("Proposed from a community need of a city you do not work in")
                        .exists())
                .isFalse();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void key_points_that_look_like_they_record_status_ask_to_rephrase_before_anything_is_saved() {
        long before = topics.count(TopicFilter.ALL);
        var form = navigate(TopicFormView.class);
        test(form.form.title).setValue("Status questions " + System.nanoTime());
        test(form.form.audience).selectItem("Patrol");
        test(form.form.keyPoints).setValue("Ask if the driver is undocumented");
        test(form.save).click();
        assertThat(find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)
                        .exists())
                .isTrue();
        assertThat(topics.count(TopicFilter.ALL)).isEqualTo(before);
        assertThat(form.form.keyPoints.getValue()).isEqualTo("Ask if the driver is undocumented");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_approves_a_proposal_from_its_page() {
        var proposed = signedIn.as(
                "demo-liaison",
                () -> topics.propose(new TopicData(
                        "Approve me " + System.nanoTime(), "", "Point", TrainingAudience.DISPATCH, "", null, false)));
        navigate(TopicView.class, proposed.id());
        test(find(Button.class).withText("Approve").single()).click();
        assertThat(topics.get(proposed.id()).status()).isEqualTo(TopicStatus.APPROVED);
        assertThat(find(Button.class).withText("Make active").exists()).isTrue();
        assertThat(topics.count(new TopicFilter(TopicStatus.APPROVED, null, null)))
                .isPositive();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_session_with_zero_hours_is_marked_and_a_valid_one_lands_in_the_list_without_other_cities() {
        long before = sessions.count(new SessionFilter(null, null, null, null));
        var form = navigate(SessionFormView.class);
        assertThat(form.form.heldOn.getMin())
                .isEqualTo(java.time.LocalDate.now().minusYears(10)); // 1900 is not offered
        assertThat(form.form.department.getListDataView().getItems().map(form.form.department.getItemLabelGenerator()))
                .containsExactlyInAnyOrder("Brooklyn Center Police Department", "Brooklyn Park Police Department");
        test(form.form.topic).selectItem("Procedural justice in everyday stops");
        test(form.form.department).selectItem("Brooklyn Park Police Department");
        test(form.form.trainers).setValue("Amina Hassan, Sgt. Lee");
        form.form.hours.setValue(BigDecimal.ZERO);
        test(form.form.attendees).setValue(22);
        test(form.save).click();
        assertThat(errorOf(form.form.hours)).isEqualTo("Between 0.25 and 40 hours, please");
        assertThat(sessions.count(new SessionFilter(null, null, null, null))).isEqualTo(before);

        form.form.hours.setValue(new BigDecimal("2.5"));
        form.form.rating.setValue(new BigDecimal("4.6"));
        test(form.save).click();
        var list = (SessionListView) getCurrentView();
        assertThat(sessions.count(new SessionFilter(null, null, null, null))).isEqualTo(before + 1);
        assertThat(test(list.grid).getCellText(0, 2)).isEqualTo("Procedural justice in everyday stops");
        assertThat(test(list.grid).getCellText(0, 3)).isEqualTo("2.5");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_stored_session_opens_with_its_values_and_a_changed_count_is_saved_to_it() {
        var topic = samples.newActiveTopic("Session to change");
        var park = samples.department("Brooklyn Park");
        var stored = sessions.log(new org.jcpp.liaison.training.SessionData(
                topic.id(),
                java.time.LocalDate.now().minusDays(3),
                park.id(),
                "Sgt. Lee",
                new BigDecimal("1.5"),
                12,
                "",
                null,
                "Good questions"));
        var form = navigate(SessionFormView.class, stored.id());
        assertThat(form.form.trainers.getValue()).isEqualTo("Sgt. Lee");
        assertThat(form.form.hours.getValue()).isEqualByComparingTo("1.5");
        assertThat(form.form.comments.getValue()).isEqualTo("Good questions");
        assertThat(form.revisionNote.isVisible()).isTrue();
        test(form.form.attendees).setValue(14);
        test(form.save).click();

        var saved = sessions.get(stored.id());
        assertThat(saved.attendees()).isEqualTo(14);
        assertThat(saved.trainers()).isEqualTo("Sgt. Lee");
        assertThat(saved.evaluationComments()).isEqualTo("Good questions");
        assertThat(saved.version()).isGreaterThan(stored.version());
    }
}
