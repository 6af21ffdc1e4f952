package org.jcpp.liaison.outreach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.outreach.EventData;
import org.jcpp.liaison.outreach.EventFilter;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.EventType;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.SeriesData;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

class OutreachViewsIT extends ViewTest {

    @Autowired
    OutreachService outreach;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    org.jcpp.liaison.contacts.ContactService contacts;

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
    @WithUserDetails("demo-liaison")
    void an_end_before_the_start_and_negative_recruits_are_marked_at_their_fields_and_nothing_is_saved() {
        long before = outreach.count(EventFilter.ANY);
        var form = navigate(EventFormView.class);
        assertThat(form.form.startsAt.getMin())
                .isEqualTo(LocalDateTime.now().minusYears(10).toLocalDate().atStartOfDay());
        assertThat(form.form.startsAt.getMax())
                .isEqualTo(LocalDateTime.now().plusYears(3).toLocalDate().atStartOfDay());
        assertThat(form.form.city.getListDataView().getItems().map(form.form.city.getItemLabelGenerator()))
                .containsExactlyInAnyOrder("Brooklyn Center", "Brooklyn Park");
        test(form.form.title).setValue("Academy recruits at the food shelf");
        test(form.form.type).selectItem("Volunteering");
        test(form.form.city).selectItem("Brooklyn Park");
        LocalDateTime start = LocalDateTime.now()
                .minusDays(1)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        test(form.form.startsAt).setValue(start);
        test(form.form.endsAt).setValue(start.minusHours(2));
        test(form.save).click();
        assertThat(errorOf(form.form.endsAt)).isEqualTo("The end must be after the start");

        test(form.form.endsAt).setValue(start.plusHours(4));
        test(form.form.addPolice).click();
        var police = form.form.policeRows.getFirst();
        test(police.department).selectItem("Brooklyn Park Police Department");
        test(police.recruits).setValue(-6);
        test(form.save).click();
        assertThat(errorOf(police.recruits)).isEqualTo("Between 0 and 9,999, please");
        assertThat(form.form.title.getValue()).isEqualTo("Academy recruits at the food shelf");
        assertThat(outreach.count(EventFilter.ANY)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void moving_the_start_moves_the_end_and_keeps_the_duration() {
        var form = navigate(EventFormView.class);
        LocalDateTime today1pm =
                LocalDateTime.now().withHour(13).withMinute(0).withSecond(0).withNano(0);
        assertThat(form.form.endsAt.getValue())
                .isEqualTo(form.form.startsAt.getValue().plusHours(2));

        test(form.form.startsAt).setValue(today1pm);
        assertThat(form.form.endsAt.getValue()).isEqualTo(today1pm.plusHours(2));

        test(form.form.endsAt).setValue(today1pm.plusHours(3).plusMinutes(30));
        test(form.form.startsAt).setValue(today1pm.plusDays(2).withHour(9));
        assertThat(form.form.endsAt.getValue())
                .isEqualTo(today1pm.plusDays(2).withHour(12).withMinute(30));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void an_event_running_23_hours_into_the_next_day_asks_and_is_saved_only_after_confirming() {
        long before = outreach.count(EventFilter.ANY);
        var form = navigate(EventFormView.class);
        String title = "Overnight by mistake " + System.nanoTime();
        test(form.form.title).setValue(title);
        test(form.form.type).selectItem("Volunteering");
        test(form.form.city).selectItem("Brooklyn Park");
        LocalDateTime start = LocalDateTime.now()
                .plusDays(3)
                .withHour(13)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        test(form.form.startsAt).setValue(start);
        test(form.form.endsAt).setValue(start.plusHours(23));
        test(form.save).click();

        var dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).startsWith("This event lasts 23 hours");
        test(dialog).confirm(); // "Go back", the safe default
        assertThat(outreach.count(EventFilter.ANY)).isEqualTo(before);
        assertThat(form.form.title.getValue()).isEqualTo(title);

        test(form.form.endsAt).setValue(start.plus(java.time.Duration.ofHours(47)));
        test(form.save).click();
        dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).startsWith("This event lasts 1 day 23 hours");
        test(dialog).reject(); // "Save"
        var page = (EventView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo(title);
        assertThat(outreach.count(EventFilter.ANY)).isEqualTo(before + 1);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_held_event_is_recorded_with_attendance_recruits_and_hours_and_its_page_shows_them() {
        var form = navigate(EventFormView.class);
        String title = "Recruits at the food shelf " + System.nanoTime();
        test(form.form.title).setValue(title);
        test(form.form.type).selectItem("Volunteering");
        test(form.form.city).selectItem("Brooklyn Park");
        LocalDateTime start = LocalDateTime.now()
                .minusDays(1)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        test(form.form.startsAt).setValue(start);
        test(form.form.endsAt).setValue(start.plusHours(4));
        test(form.form.partners).selectItem("La Familia Food Shelf");
        test(form.form.status).selectItem("Held");
        test(form.save).click();
        assertThat(errorOf(form.form.attendance)).isEqualTo("Say how many people came (0 if nobody did)");

        test(form.form.attendance).setValue(35);
        test(form.form.addPolice).click();
        var police = form.form.policeRows.getFirst();
        test(police.department).selectItem("Brooklyn Park Police Department");
        test(police.recruits).setValue(6);
        police.hours.setValue(new BigDecimal("12"));
        test(form.save).click();

        var page = (EventView) getCurrentView();
        assertThat(page.title.getText()).isEqualTo(title);
        assertThat(page.facts.getElement().getTextRecursively())
                .contains("Held")
                .contains("35 people");
        assertThat(page.police.getElement().getTextRecursively())
                .isEqualTo("Brooklyn Park Police Department: no officers, 6 recruits, 12 volunteer hours");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void the_events_list_asks_to_record_planned_events_that_are_over() {
        LocalDateTime start = LocalDateTime.now().minusDays(2);
        String title = "Past planned " + System.nanoTime();
        outreach.plan(new EventData(
                title,
                EventType.COMMUNITY_EVENT,
                brooklynPark,
                "",
                start,
                start.plusHours(1),
                null,
                Set.of(),
                Set.of(),
                EventStatus.PLANNED,
                null,
                Map.of(),
                List.of(),
                "",
                null,
                java.util.Set.of()));
        var view = navigate(EventListView.class);
        assertThat(view.toRecord.isVisible()).isTrue();
        assertThat(view.toRecord.getElement().getTextRecursively())
                .contains(title)
                .contains("record");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_series_page_shows_its_sessions_and_completion() {
        var academy = outreach.createSeries(new SeriesData("Academy " + System.nanoTime(), brooklynPark, 22, 18));
        var page = navigate(SeriesView.class, academy.id());
        assertThat(page.completion.getText()).isEqualTo("18 of 22 participants completed");
        test(page.addSession).click();
        var form = (EventFormView) getCurrentView();
        assertThat(form.form.series.getValue()).isEqualTo(academy.id());
        assertThat(form.form.title.getValue()).isEqualTo(academy.title() + ": session 1");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void the_calendar_shows_the_weeks_events_and_briefings_and_makes_a_link_shown_once() {
        LocalDateTime start =
                LocalDateTime.now().withHour(12).withMinute(0).withSecond(0).withNano(0);
        String title = "Lunch with the night shift " + System.nanoTime();
        outreach.plan(new EventData(
                title,
                EventType.COMMUNITY_EVENT,
                brooklynPark,
                "",
                start,
                start.plusHours(1),
                null,
                Set.of(),
                Set.of(),
                EventStatus.PLANNED,
                null,
                Map.of(),
                List.of(),
                "",
                null,
                java.util.Set.of()));
        var view = navigate(CalendarView.class);
        assertThat(view.entryTexts())
                .anyMatch(text -> text.matches("12:00.?PM " + java.util.regex.Pattern.quote(title)));
        test(view.mode).selectItem("Week");
        assertThat(view.entryTexts())
                .anyMatch(text -> text.matches("12:00.?PM " + java.util.regex.Pattern.quote(title)));
        test(view.next).click();
        assertThat(view.entryTexts()).noneMatch(text -> text.endsWith(title));

        test(view.createFeed).click();
        assertThat(view.feedLink.isVisible()).isTrue();
        assertThat(view.feedLink.getValue()).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        navigate(EventListView.class);
        var again = navigate(CalendarView.class);
        assertThat(again.feedLink.isVisible()).isFalse();
        assertThat(again.revokeFeed.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_partner_page_lists_its_events_and_the_needs_referred_to_it() {
        long foodShelf = signedIn.idOf(referenceData, ReferenceKind.PARTNER, "La Familia Food Shelf");
        LocalDateTime start = LocalDateTime.now().minusDays(3).withSecond(0).withNano(0);
        String title = "Sorting donations " + System.nanoTime();
        outreach.plan(new EventData(
                title,
                EventType.VOLUNTEERING,
                brooklynPark,
                "",
                start,
                start.plusHours(2),
                null,
                Set.of(foodShelf),
                Set.of(),
                EventStatus.HELD,
                20,
                Map.of(),
                List.of(),
                "",
                null,
                java.util.Set.of()));
        String need = "Food for a family of six " + System.nanoTime();
        contacts.log(org.jcpp.liaison.contacts.SampleContacts.visit(
                brooklynPark,
                "Home visit",
                new org.jcpp.liaison.contacts.NeedData(
                        org.jcpp.liaison.contacts.NeedCategory.FOOD,
                        need,
                        null,
                        null,
                        foodShelf,
                        org.jcpp.liaison.contacts.ReferralConsent.ANONYMOUS,
                        null)));
        var page = navigate(PartnerView.class, foodShelf);
        assertThat(page.title.getText()).isEqualTo("La Familia Food Shelf");
        var events = test(page.events);
        assertThat(java.util.stream.IntStream.range(0, events.size()).mapToObj(i -> events.getCellText(i, 1)))
                .contains(title);
        var referrals = test(page.referrals);
        assertThat(java.util.stream.IntStream.range(0, referrals.size()).mapToObj(i -> referrals.getCellText(i, 3)))
                .contains(need);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_need_raised_at_an_event_is_logged_from_its_page_and_listed_there() {
        LocalDateTime start = LocalDateTime.now().minusHours(3).withSecond(0).withNano(0);
        var held = outreach.plan(new EventData(
                "Forum at the library " + System.nanoTime(),
                EventType.FORUM,
                brooklynPark,
                "Library",
                start,
                start.plusHours(2),
                null,
                Set.of(),
                Set.of(),
                EventStatus.HELD,
                40,
                Map.of(),
                List.of(),
                "",
                null,
                java.util.Set.of()));
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "contacts/log",
                        com.vaadin.flow.router.QueryParameters.simple(Map.of(
                                "event", String.valueOf(held.id()),
                                "city", String.valueOf(brooklynPark),
                                "at", start.toString())));
        var form = getCurrentView();
        var city = find(com.vaadin.flow.component.combobox.ComboBox.class)
                .withCaption("Member city")
                .single();
        assertThat(city.getValue()).isEqualTo(brooklynPark);
        test(find(com.vaadin.flow.component.select.Select.class)
                        .withCaption("Kind of contact")
                        .single())
                .selectItem("Community meeting or forum");
        test(find(com.vaadin.flow.component.select.Select.class)
                        .withCaption("Kind of place")
                        .single())
                .selectItem("Public space");
        test(find(com.vaadin.flow.component.select.Select.class)
                        .withCaption("Category")
                        .single())
                .selectItem("Traffic");
        String need = "Crosswalk by the library " + System.nanoTime();
        test(find(com.vaadin.flow.component.textfield.TextArea.class)
                        .withCaption("What is needed")
                        .single())
                .setValue(need);
        test(find(com.vaadin.flow.component.button.Button.class)
                        .withText("Save contact")
                        .single())
                .click();
        assertThat(form).isNotSameAs(getCurrentView());

        navigate(EventView.class, held.id());
        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withTextContaining(need)
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_opening_a_hopkins_event_sees_not_found() {
        LocalDateTime start = LocalDateTime.now().plusDays(5);
        var hopkinsEvent = signedIn.as(
                "demo-coordinator",
                () -> outreach.plan(new EventData(
                        "Hopkins only",
                        EventType.FORUM,
                        hopkins,
                        "",
                        start,
                        start.plusHours(1),
                        null,
                        Set.of(),
                        Set.of(),
                        EventStatus.PLANNED,
                        null,
                        Map.of(),
                        List.of(),
                        "",
                        null,
                        java.util.Set.of())));
        navigate("event/" + hopkinsEvent.id(), Component.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_held_event_opens_with_its_groups_and_police_and_a_changed_attendance_keeps_them() {
        long parkPolice = signedIn.as("demo-liaison", () -> referenceData.departments().stream()
                .filter(d -> d.name().equals("Brooklyn Park Police Department"))
                .findFirst()
                .orElseThrow()
                .id());
        long group = signedIn.idOf(referenceData, ReferenceKind.COMMUNITY_GROUP, "Somali");
        LocalDateTime start = LocalDateTime.now()
                .minusDays(2)
                .withHour(10)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        var held = outreach.plan(new EventData(
                "Food shelf Saturday " + System.nanoTime(),
                EventType.VOLUNTEERING,
                brooklynPark,
                "La Familia",
                start,
                start.plusHours(3),
                null,
                Set.of(),
                Set.of(),
                EventStatus.HELD,
                30,
                Map.of(group, 12),
                List.of(new org.jcpp.liaison.outreach.PoliceData(parkPolice, 2, 6, new java.math.BigDecimal("18"))),
                "Went well",
                null,
                java.util.Set.of()));
        var form = navigate(EventFormView.class, held.id());
        assertThat(form.form.endsAt.getValue()).isEqualTo(start.plusHours(3));
        assertThat(form.form.groupRows).hasSize(1);
        assertThat(form.form.policeRows.getFirst().recruits.getValue()).isEqualTo(6);
        test(form.form.attendance).setValue(32);
        test(form.save).click();

        var saved = outreach.get(held.id());
        assertThat(saved.attendance()).isEqualTo(32);
        assertThat(saved.groupAttendance()).isEqualTo(Map.of(group, 12));
        assertThat(saved.police()).singleElement().satisfies(p -> assertThat(p.recruits())
                .isEqualTo(6));
        assertThat(saved.endsAt()).isEqualTo(start.plusHours(3));
        assertThat(saved.outcomes()).isEqualTo("Went well");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_series_without_its_enrolled_count_is_marked_and_a_stored_one_saves_its_completed_count() {
        String title = "Academy class " + System.nanoTime();
        var form = navigate(SeriesFormView.class);
        test(form.form.title).setValue(title);
        test(form.form.city).selectItem("Brooklyn Park");
        test(form.save).click();
        assertThat(errorOf(form.form.enrolled)).isEqualTo("Please fill in this field");
        test(form.form.enrolled).setValue(24);
        test(form.save).click();
        var page = (SeriesView) getCurrentView();
        long id = Long.parseLong(com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .getInternals()
                .getActiveViewLocation()
                .getSegments()
                .getLast());
        assertThat(page).isNotNull();

        var edit = navigate(SeriesFormView.class, id);
        assertThat(edit.form.title.getValue()).isEqualTo(title);
        assertThat(edit.form.enrolled.getValue()).isEqualTo(24);
        test(edit.form.completed).setValue(21);
        test(edit.save).click();
        var saved = outreach.getSeries(id);
        assertThat(saved.participantsEnrolled()).isEqualTo(24);
        assertThat(saved.participantsCompleted()).isEqualTo(21);
    }
}
