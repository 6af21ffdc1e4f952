package org.jcpp.liaison.contacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.outreach.OutreachService;
import org.jcpp.liaison.outreach.SampleEvents;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Issue 14, the phone log: a contact logged right after the meeting, in a few taps. */
class PhoneLogIT extends ViewTest {

    @Autowired
    OutreachService outreach;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void after_a_refused_save_and_a_good_one_the_old_error_notice_is_gone() {
        var form = navigate(ContactFormView.class);
        test(form.save).click();
        assertThat(notices()).anyMatch(text -> text.startsWith("Some fields need your attention"));
        fill(form, "phone-log notice " + UUID.randomUUID());
        test(form.save).click();
        assertThat(notices()).contains("Contact logged").noneMatch(text -> text.startsWith("Some fields need"));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_saved_contact_offers_to_log_another_which_opens_an_empty_form() {
        var form = navigate(ContactFormView.class);
        fill(form, "phone-log another " + UUID.randomUUID());
        test(form.save).click();
        var shown = find(ContactView.class).single();
        assertThat(shown.logAnother.isVisible()).isTrue();
        assertThat(shown.logAnother.getText()).isEqualTo("Log another contact");
        test(shown.logAnother).click();
        var next = find(ContactFormView.class).single();
        assertThat(next.form.summary.getValue()).isEmpty();
        assertThat(next.form.kind.getValue()).isNull();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void the_day_shortcuts_set_yesterday_and_last_saturday_keeping_the_time() {
        var form = navigate(ContactFormView.class);
        test(form.form.occurredAt).setValue(LocalDate.now().atTime(9, 30));
        test(form.form.yesterday).click();
        assertThat(form.form.occurredAt.getValue())
                .isEqualTo(LocalDate.now().minusDays(1).atTime(9, 30));
        test(form.form.lastSaturday).click();
        assertThat(form.form.occurredAt.getValue())
                .isEqualTo(LocalDate.now()
                        .with(TemporalAdjusters.previous(DayOfWeek.SATURDAY))
                        .atTime(9, 30));
        assertThat(form.form.occurredAt.getValue().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        test(form.form.today).click();
        assertThat(form.form.occurredAt.getValue()).isEqualTo(LocalDate.now().atTime(9, 30));
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_contact_at_a_food_shelf_is_saved_as_one() {
        String summary = "phone-log food shelf " + UUID.randomUUID();
        var form = navigate(ContactFormView.class);
        fill(form, summary);
        test(form.form.placeType).selectItem("Food shelf");
        test(form.save).click();
        assertThat(notices()).contains("Contact logged");
        assertThat(jdbc.queryForObject("select place_type from contact where summary = ?", String.class, summary))
                .isEqualTo("FOOD_SHELF");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_contact_on_a_day_with_an_event_in_the_city_offers_it_and_is_linked_to_it() {
        String title = "Saturday food fair " + UUID.randomUUID().toString().substring(0, 6);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        LocalDate saturday = LocalDate.now().with(TemporalAdjusters.previous(DayOfWeek.SATURDAY));
        long eventId = signedIn.as(
                "demo-liaison", () -> outreach.plan(SampleEvents.planned(title, park, saturday.atTime(10, 0)))
                        .id());
        String summary = "phone-log at event " + UUID.randomUUID();

        var form = navigate(ContactFormView.class);
        fill(form, summary);
        assertThat(form.form
                        .atEvent
                        .getListDataView()
                        .getItems()
                        .map(org.jcpp.liaison.contacts.ContactEvents.EventChoice::title))
                .doesNotContain(title); // today: not Saturday's event (other events of today may be offered)
        test(form.form.lastSaturday).click();
        assertThat(form.form.atEvent.isVisible()).isTrue();
        assertThat(form.form.atEvent.getLabel()).isEqualTo("Was this at an outreach event?");
        test(form.form.atEvent)
                .selectItem(form.form
                        .atEvent
                        .getItemLabelGenerator()
                        .apply(form.form
                                .atEvent
                                .getListDataView()
                                .getItems()
                                .filter(choice -> choice.id() == eventId)
                                .findFirst()
                                .orElseThrow()));
        assertThat(form.form.atEvent.getItemLabelGenerator().apply(form.form.atEvent.getValue()))
                .startsWith(title);
        test(form.save).click();
        assertThat(notices()).contains("Contact logged");
        assertThat(jdbc.queryForObject("select event_id from contact where summary = ?", Long.class, summary))
                .isEqualTo(eventId);
    }

    private void fill(ContactFormView form, String summary) {
        test(form.form.city).selectItem("Brooklyn Park");
        test(form.form.kind).selectItem("Community meeting or forum");
        test(form.form.placeType).selectItem("Faith community");
        test(form.form.headcount).setValue(4);
        test(form.form.summary).setValue(summary);
    }
}
