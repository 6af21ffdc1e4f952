package org.jcpp.liaison.contacts.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactFilter;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

class ContactViewsIT extends ViewTest {

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    SignedIn signedIn;
    long brooklynPark;
    long hopkins;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        brooklynPark = city("Brooklyn Park");
        hopkins = city("Hopkins");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_lists_only_contacts_of_their_cities_and_can_filter_only_by_them() {
        var view = navigate(ContactListView.class);
        assertThat(view.city.getListDataView().getItems().map(view.city.getItemLabelGenerator()))
                .containsExactlyInAnyOrder("Brooklyn Center", "Brooklyn Park");
        var grid = test(view.grid);
        assertThat(grid.size()).isPositive();
        for (int row = 0; row < Math.min(grid.size(), 30); row++) {
            assertThat(grid.getCellText(row, 1)).isIn("Brooklyn Center", "Brooklyn Park");
        }
        roundTrip(); // the total is found once per round trip, before the response
        assertThat(view.total.getText()).endsWith("contacts");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_filters_by_city_and_summary_text() {
        String marker = "hopkins-view-" + UUID.randomUUID().toString().substring(0, 6);
        signedIn.as("demo-coordinator", () -> contacts.log(data(hopkins, 7, "Coffee with cops " + marker)));
        var view = navigate(ContactListView.class);
        test(view.city).selectItem("Hopkins");
        test(view.text).setValue(marker);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Hopkins");
        roundTrip();
        assertThat(view.total.getText()).isEqualTo("1 contact");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_contact_list_searches_once_for_its_first_page_and_its_total() {
        String marker = "once-" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            signedIn.as("demo-coordinator", () -> contacts.log(data(hopkins, 2, "Library visit " + marker)));
        }
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // opening the list: the grid asks for its first page before the total and again after it; a filter changed:
        // the total first. Either way one search finds the total and which contacts come first, and one statement
        // reads those by id (the search read the matches once, not once for the page and again for the total).
        statistics.clear();
        var view = navigate(ContactListView.class);
        roundTrip();
        assertThat(contactStatements(statistics))
                .as("beyond 1,000 contacts the estimate also looks up the oldest contact's time")
                .filteredOn(what -> !what.equals(OLDEST))
                .containsExactly(SEARCH, BY_ID);
        assertThat(view.total.getText()).isNotBlank();

        statistics.clear();
        test(view.text).setValue(marker + " libr");
        roundTrip();
        assertThat(contactStatements(statistics)).containsExactly(SEARCH, BY_ID);
        assertThat(view.total.getText()).isEqualTo("3 contacts");
        assertThat(test(view.grid).size()).isEqualTo(3);
        for (int row = 0; row < 3; row++) {
            assertThat(test(view.grid).getCellText(row, 1)).isEqualTo("Hopkins");
        }
    }

    private static final String SEARCH = "the search";
    private static final String BY_ID = "the first page by id";
    private static final String OLDEST = "the oldest contact's time";

    /** The statements on contacts run since the statistics were cleared: what they were, as often as they ran. */
    private static List<String> contactStatements(org.hibernate.stat.Statistics statistics) {
        var run = new java.util.ArrayList<String>();
        for (String query : statistics.getQueries()) {
            if (!query.contains("from Contact c")) {
                continue;
            }
            String what = query.startsWith("select c.id, c.occurredAt from Contact c")
                    ? SEARCH
                    : query.contains("c.id in :ids")
                            ? BY_ID
                            : query.startsWith("select min(c.occurredAt) from Contact c") ? OLDEST : query;
            for (long n = statistics.getQueryStatistics(query).getExecutionCount(); n > 0; n--) {
                run.add(what);
            }
        }
        return run.stream()
                .sorted(java.util.Comparator.comparing(what -> what.equals(SEARCH) ? 0 : 1))
                .toList();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void empty_required_fields_are_marked_and_nothing_is_saved() {
        long before = contacts.count(ContactFilter.ANY);
        var form = navigate(ContactFormView.class);
        test(form.form.summary).setValue("Something typed before the mistake");
        test(form.save).click();
        assertThat(errorOf(form.form.city)).isEqualTo("Please fill in this field");
        assertThat(errorOf(form.form.kind)).isEqualTo("Please fill in this field");
        assertThat(errorOf(form.form.placeType)).isEqualTo("Please fill in this field");
        assertThat(form.form.summary.getValue()).isEqualTo("Something typed before the mistake");
        assertThat(contacts.count(ContactFilter.ANY)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_headcount_out_of_range_a_date_a_year_ahead_and_an_over_long_summary_are_marked_at_their_fields() {
        var form = fillValidForm();
        assertThat(form.form.occurredAt.getMin())
                .isEqualTo(LocalDate.now().minusYears(10).atStartOfDay());
        test(form.form.headcount).setValue(0);
        test(form.save).click();
        assertThat(errorOf(form.form.headcount)).isEqualTo("Between 1 and 10,000 people, please");
        test(form.form.headcount).setValue(100_000);
        test(form.save).click();
        assertThat(errorOf(form.form.headcount)).isEqualTo("Between 1 and 10,000 people, please");
        test(form.form.headcount).setValue(12);

        test(form.form.occurredAt)
                .setValue(LocalDateTime.now().plusYears(1).withSecond(0).withNano(0));
        test(form.save).click();
        assertThat(errorOf(form.form.occurredAt)).isEqualTo("A contact cannot be in the future");
        test(form.form.occurredAt)
                .setValue(LocalDateTime.now().minusHours(1).withSecond(0).withNano(0));

        test(form.form.summary).setValue("y".repeat(10_000));
        test(form.save).click();
        assertThat(errorOf(form.form.summary)).isEqualTo("At most 4,000 characters, please");
        assertThat(form.form.summary.getValue()).hasSize(10_000);
        assertThat(form.form.headcount.getValue()).isEqualTo(12);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void an_over_long_need_and_a_named_person_without_a_way_to_reach_them_are_marked_in_the_need() {
        long before = contacts.count(ContactFilter.ANY);
        var form = fillValidForm();
        test(form.form.addNeed).click();
        var need = form.form.needEditors.getFirst();
        test(need.category).selectItem("Housing");
        test(need.description).setValue("z".repeat(2001));
        test(need.named).click();
        test(need.personName).setValue("Hodan W.");
        test(form.save).click();
        assertThat(errorOf(need.description)).isEqualTo("At most 2,000 characters, please");
        assertThat(errorOf(need.reachBy)).isEqualTo("Please fill in this field");
        assertThat(need.noticeLanguage.getValue()).isEqualTo("eng"); // the user's language by default
        assertThat(need.personName.getValue()).isEqualTo("Hodan W.");
        assertThat(contacts.count(ContactFilter.ANY)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_follow_up_date_of_1900_is_marked_at_the_field_and_nothing_is_saved() {
        long before = contacts.count(ContactFilter.ANY);
        var form = fillValidForm();
        test(form.form.addNeed).click();
        var need = form.form.needEditors.getFirst();
        assertThat(need.dueOn.getMin())
                .isEqualTo(form.form.occurredAt.getValue().toLocalDate());
        assertThat(need.dueOn.getMax()).isEqualTo(LocalDate.now().plusYears(2));
        test(need.category).selectItem("Food");
        test(need.description).setValue("Food shelf hours in Karen");
        need.dueOn.setValue(LocalDate.of(1900, 1, 1));
        test(form.save).click();
        assertThat(errorOf(need.dueOn))
                .startsWith("The date cannot be before"); // the field's own range says it before the service does
        assertThat(contacts.count(ContactFilter.ANY)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_follow_up_moved_to_1900_on_the_need_page_is_marked_at_the_field() {
        var logged = contacts.log(SampleContacts.visit(
                brooklynPark, "visit", SampleContacts.need(NeedCategory.FOOD, "food shelf hours", null, null)));
        long needId = logged.needs().getFirst().id();
        var view = navigate(NeedView.class, needId);
        view.dueOn.setValue(LocalDate.of(1900, 1, 1));
        test(view.save).click();
        assertThat(errorOf(view.dueOn))
                .startsWith("The date cannot be before"); // the field's own range says it before the service does
        assertThat(needs.get(needId).dueOn()).isNull();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void html_and_script_in_a_summary_are_saved_and_shown_as_text() {
        String script = "<script>alert('x')</script><b>bold</b> " + UUID.randomUUID();
        var form = fillValidForm();
        test(form.form.summary).setValue(script);
        test(form.save).click();
        var saved = contacts.list(
                        new ContactFilter(null, null, null, null, null, null, null, script), Pageable.ofSize(1))
                .getContent()
                .getFirst();
        var view = navigate(ContactView.class, saved.id());
        assertThat(find(Paragraph.class).withClassName("summary-text").single().getText())
                .isEqualTo(script);
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<script>alert");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void an_interpreter_used_must_say_how_and_a_family_member_is_kept_with_a_note_and_shown_on_the_page() {
        var form = fillValidForm();
        assertThat(form.form.interpreter.mode.isVisible()).isFalse();
        test(form.form.interpreter.use).selectItem("Interpreter used");
        assertThat(form.form.interpreter.mode.isVisible()).isTrue();
        // not offered as a choice the save then refuses
        assertThat(form.form.interpreter.mode.isEmptySelectionAllowed())
                .as("\"How: not recorded\" offered")
                .isFalse();
        test(form.save).click();
        assertThat(errorOf(form.form.interpreter.mode)).isEqualTo("Say how the interpreter was provided");
        assertThat(getCurrentView()).isSameAs(form);

        test(form.form.interpreter.mode).selectItem("A family member or friend");
        assertThat(form.form.interpreter.mode.getHelperText()).startsWith("Recorded as it happened.");
        test(form.save).click();
        var page = (ContactView) getCurrentView();
        assertThat(page.contact.interpreterUse()).isEqualTo(org.jcpp.liaison.referencedata.InterpreterUse.USED);
        assertThat(page.contact.interpreterMode())
                .isEqualTo(org.jcpp.liaison.referencedata.InterpreterMode.FAMILY_OR_FRIEND);
        assertThat(page.getElement().getOuterHTML()).contains("Interpreter used · A family member or friend");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_logs_a_contact_with_a_need_and_lands_on_its_page() {
        var form = fillValidForm();
        test(form.form.addNeed).click();
        var need = form.form.needEditors.getFirst();
        test(need.category).selectItem("Food");
        test(need.description).setValue("Food shelf hours in Karen");
        test(form.save).click();
        assertThat(getCurrentView()).isInstanceOf(ContactView.class);
        var page = (ContactView) getCurrentView();
        assertThat(page.contact.needs()).singleElement().satisfies(n -> {
            assertThat(n.category()).isEqualTo(NeedCategory.FOOD);
            assertThat(n.status()).isEqualTo(NeedStatus.OPEN);
        });
        assertThat(notices()).contains("Contact logged");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_logs_a_contact_for_a_liaison_of_the_city() {
        var form = navigate(ContactFormView.class);
        assertThat(form.form.liaison.isVisible()).isTrue();
        test(form.form.city).selectItem("Brooklyn Park");
        test(form.form.liaison).selectItem("Amina Hassan");
        test(form.form.kind).selectItem("Walk-in");
        test(form.form.placeType).selectItem("Police station");
        test(form.form.headcount).setValue(2);
        test(form.save).click();
        var page = (ContactView) getCurrentView();
        assertThat(page.contact.liaisonId()).isNotEqualTo(page.contact.createdBy());
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withText("Amina Hassan")
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_does_not_choose_who_logged_the_contact() {
        var form = navigate(ContactFormView.class);
        assertThat(form.form.liaison.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_save_over_someone_elses_edit_is_refused_and_keeps_the_input() {
        var logged = contacts.log(data(brooklynPark, 5, "before"));
        var form = navigate(ContactFormView.class, logged.id());
        signedIn.as(
                "demo-coordinator",
                () -> contacts.update(logged.id(), logged.version(), data(brooklynPark, 6, "coordinator")));
        test(form.form.summary).setValue("my edit");
        test(form.save).click();
        assertThat(notices()).anyMatch(text -> text.startsWith("Someone else changed this record"));
        assertThat(form.form.summary.getValue()).isEqualTo("my edit");
        assertThat(contacts.get(logged.id()).summary()).isEqualTo("coordinator");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void saving_an_edit_of_a_contact_deleted_meanwhile_says_so_and_keeps_the_input() {
        var logged = contacts.log(data(brooklynPark, 5, "soon deleted"));
        var form = navigate(ContactFormView.class, logged.id());
        signedIn.as("demo-coordinator", () -> contacts.delete(logged.id(), logged.version()));
        test(form.form.summary).setValue("what I wrote meanwhile");
        test(form.save).click();
        assertThat(notices())
                .contains("This contact no longer exists: someone deleted it after you opened it. What you entered"
                        + " was not saved; it is still in the form.");
        assertThat(form.form.summary.getValue()).isEqualTo("what I wrote meanwhile");
        assertThat(form.save.isEnabled()).isTrue();
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_opening_a_hopkins_contact_sees_not_found() {
        var hopkinsContact = signedIn.as("demo-coordinator", () -> contacts.log(data(hopkins, 3, "not for BP")));
        navigate("contact/" + hopkinsContact.id(), com.vaadin.flow.component.Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        navigate("contacts/log/" + hopkinsContact.id(), com.vaadin.flow.component.Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_need_raised_later_is_added_on_the_contact_page() {
        var logged = contacts.log(data(brooklynPark, 4, "first talk"));
        var view = navigate(ContactView.class, logged.id());
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Add a need")
                        .single())
                .click();
        var editor = find(NeedEditor.class).single();
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Save need")
                        .single())
                .click();
        assertThat(errorOf(editor.description)).isEqualTo("Please fill in this field");
        test(editor.category).selectItem("Jobs");
        test(editor.description).setValue("Asks about police academy recruiting");
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Save need")
                        .single())
                .click();
        assertThat(view.contact.needs()).singleElement().satisfies(n -> assertThat(n.category())
                .isEqualTo(NeedCategory.JOBS));
        assertThat(contacts.get(logged.id()).needs()).hasSize(1);
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void a_coordinator_places_a_contact_on_legal_hold_and_it_can_no_longer_be_deleted() {
        var logged = contacts.log(data(brooklynPark, 2, "held"));
        var view = navigate(ContactView.class, logged.id());
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Place on legal hold")
                        .single())
                .click();
        assertThat(view.contact.legalHold()).isTrue();
        assertThat(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Delete contact")
                        .exists())
                .isFalse();
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withText("On legal hold")
                        .exists())
                .isTrue();
        var held = contacts.get(logged.id());
        assertThatThrownBy(() -> contacts.delete(held.id(), held.version()))
                .isInstanceOf(org.jcpp.liaison.base.InvalidInputException.class);
        signedIn.as(
                "demo-liaison", () -> assertThatThrownBy(() -> contacts.setLegalHold(held.id(), held.version(), false))
                        .isInstanceOf(org.jcpp.liaison.base.InvalidInputException.class));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void the_author_deletes_a_contact_after_confirming() {
        var logged = contacts.log(data(brooklynPark, 2, "to delete"));
        navigate(ContactView.class, logged.id());
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Delete contact")
                        .single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(getCurrentView()).isInstanceOf(ContactListView.class);
        assertThat(contacts.count(new ContactFilter(null, null, null, null, null, null, null, "to delete")))
                .isZero();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void resolving_a_need_without_an_outcome_is_marked_and_with_one_leaves_the_follow_ups() {
        var logged = contacts.log(SampleContacts.visitOn(
                LocalDateTime.now().minusDays(3),
                brooklynPark,
                "visit",
                SampleContacts.need(
                        NeedCategory.SAFETY,
                        "Broken lock on the building door",
                        LocalDate.now().minusDays(2),
                        null)));
        long needId = logged.needs().getFirst().id();

        var followUps = navigate(MyFollowUpsView.class);
        assertThat(followUps
                        .grid
                        .getGenericDataView()
                        .getItems()
                        .map(r -> r.id())
                        .toList())
                .contains(needId);

        var view = navigate(NeedView.class, needId);
        test(view.status).selectItem("Referred");
        test(view.outcome).setValue("Typed before choosing the partner");
        test(view.save).click();
        assertThat(errorOf(view.referralPartner)).isEqualTo("Choose the partner the need is referred to");
        assertThat(view.outcome.getValue()).isEqualTo("Typed before choosing the partner"); // nothing typed is lost
        assertThat(needs.get(needId).status()).isEqualTo(NeedStatus.OPEN);
        test(view.outcome).setValue("");
        test(view.status).selectItem("Resolved");
        test(view.save).click();
        assertThat(errorOf(view.outcome)).isEqualTo("Describe what was done before marking the need resolved");
        test(view.outcome).setValue("Landlord replaced the lock after the liaison called");
        test(view.save).click();
        assertThat(needs.get(needId).status()).isEqualTo(NeedStatus.RESOLVED);
        assertThat(needs.myFollowUps(Pageable.ofSize(500))).noneMatch(r -> r.id() == needId);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_follow_up_saved_over_someone_elses_is_refused_and_keeps_the_input() {
        var logged = contacts.log(SampleContacts.visit(
                brooklynPark, "visit", SampleContacts.need(NeedCategory.FOOD, "food shelf hours", null, null)));
        long needId = logged.needs().getFirst().id();
        var view = navigate(NeedView.class, needId);
        signedIn.as("demo-coordinator", () -> {
            var need = needs.get(needId);
            needs.update(new org.jcpp.liaison.contacts.NeedUpdate(
                    needId,
                    need.version(),
                    NeedStatus.IN_PROGRESS,
                    need.ownerId(),
                    null,
                    null,
                    null,
                    "coordinator called the food shelf",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
        });
        test(view.outcome).setValue("my note");
        test(view.save).click();
        assertThat(notices()).anyMatch(text -> text.startsWith("Someone else changed this record"));
        assertThat(view.outcome.getValue()).isEqualTo("my note");
        assertThat(needs.get(needId).outcome()).isEqualTo("coordinator called the food shelf");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_needs_list_opens_with_the_city_and_overdue_filters_of_its_address() {
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        NeedsView.class,
                        com.vaadin.flow.router.QueryParameters.fromString("city=" + brooklynPark + "&overdue"));
        var view = (NeedsView) getCurrentView();
        assertThat(view.city.getValue()).isEqualTo(brooklynPark);
        assertThat(view.overdue.getValue()).isTrue();
        int size = test(view.grid).size();
        var rows = view.grid.getGenericDataView().getItems().toList();
        assertThat(rows).hasSize(size);
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.overdue()).isTrue();
            assertThat(row.cityId()).isEqualTo(brooklynPark);
        });
        assertThat(view.total.getText()).endsWith(rows.size() == 1 ? "need" : "needs");
    }

    @Test
    @WithUserDetails("demo-coordinator")
    void the_needs_list_opens_on_the_needs_still_being_worked_on_and_all_statuses_come_back_with_all() {
        var view = navigate(NeedsView.class);
        assertThat(view.stillOpen.getValue()).isTrue();
        int open = test(view.grid).size();
        assertThat(view.grid.getGenericDataView().getItems().toList())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.status().isClosed()).isFalse());

        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(NeedsView.class, com.vaadin.flow.router.QueryParameters.fromString("all"));
        var all = (NeedsView) getCurrentView();
        assertThat(all.stillOpen.getValue()).isFalse();
        assertThat(test(all.grid).size()).isGreaterThan(open);
        assertThat(all.grid.getGenericDataView().getItems().toList())
                .anySatisfy(row -> assertThat(row.status().isClosed()).isTrue());

        // a chosen status says it all: "still open only" no longer applies
        test(all.stillOpen).click();
        test(all.status).selectItem("Resolved");
        assertThat(all.stillOpen.isEnabled()).isFalse();
        assertThat(all.grid.getGenericDataView().getItems().toList())
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.status()).isEqualTo(org.jcpp.liaison.contacts.NeedStatus.RESOLVED));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void the_data_use_notice_is_in_the_form_and_follows_a_spanish_preferred_language() {
        var form = navigate(ContactFormView.class);
        test(form.form.addNeed).click();
        var need = form.form.needEditors.getFirst();
        test(need.named).click();
        var notice = find(Details.class)
                .withCondition(d -> "Read the data-use notice".equals(d.getSummaryText()))
                .single();
        test(notice).openDetails();
        assertThat(notice.getElement().getTextRecursively())
                .contains("Read this with the resident, or give it to them to read")
                .contains("We write down your name and how to reach you only so that we can follow up");
        assertThat(need.noticeLanguage.getValue()).isEqualTo("eng");
        assertThat(need.draftWarning.isVisible()).isFalse();

        test(need.personLanguage).selectItem("Spanish");
        assertThat(need.noticeLanguage.getValue()).isEqualTo("spa");
        assertThat(notice.getElement().getTextRecursively())
                .contains("Anotamos su nombre y cómo contactarle solo para dar seguimiento")
                .doesNotContain("We write down your name");

        test(need.noticeLanguage).selectItem("English"); // the liaison's own choice is kept
        test(need.personLanguage).selectItem("Somali");
        test(need.personLanguage).selectItem("Spanish");
        assertThat(need.noticeLanguage.getValue()).isEqualTo("eng");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_draft_translation_is_offered_with_a_warning_and_a_language_without_one_is_read_through_an_interpreter() {
        var form = navigate(ContactFormView.class);
        test(form.form.addNeed).click();
        var need = form.form.needEditors.getFirst();
        test(need.named).click();
        assertThat(need.noticeLanguage.getListDataView().getItems().map(need.noticeLanguage.getItemLabelGenerator()))
                .contains("English", "Spanish", "Somali (draft translation)", "Vietnamese (draft translation)")
                .last()
                .isEqualTo("read aloud through an interpreter or the language line");

        test(need.personLanguage).selectItem("Somali");
        assertThat(need.noticeLanguage.getValue()).isEqualTo("som");
        assertThat(need.draftWarning.isVisible()).isTrue();
        assertThat(need.draftWarning.getText()).contains("no native speaker has reviewed");
        var notice = find(Details.class)
                .withCondition(d -> "Read the data-use notice".equals(d.getSummaryText()))
                .single();
        assertThat(notice.getElement().getTextRecursively()).contains("Waxaan qornaa magacaaga");

        test(need.personLanguage).selectItem("Lao"); // no written notice in Lao
        assertThat(need.noticeLanguage.getValue()).isEqualTo("oral");
        assertThat(need.draftWarning.isVisible()).isFalse();
        assertThat(notice.getElement().getTextRecursively())
                .contains("Read this to the resident in their language, through an interpreter or the language line")
                .contains("We write down your name and how to reach you");
    }

    private ContactFormView fillValidForm() {
        var form = navigate(ContactFormView.class);
        test(form.form.city).selectItem("Brooklyn Park");
        test(form.form.kind).selectItem("Community meeting or forum");
        test(form.form.placeType).selectItem("Faith community");
        test(form.form.headcount).setValue(12);
        return form;
    }

    private ContactData data(long cityId, int headcount, String summary) {
        return new ContactData(
                LocalDateTime.now().minusHours(3),
                cityId,
                null,
                ContactKind.SMALL_GROUP,
                PlaceType.COMMUNITY_CENTER,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                headcount,
                org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                null,
                summary,
                List.of(),
                null);
    }

    private long city(String name) {
        return signedIn.idOf(referenceData, ReferenceKind.CITY, name);
    }
}
