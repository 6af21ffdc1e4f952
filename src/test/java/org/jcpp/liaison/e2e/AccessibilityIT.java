package org.jcpp.liaison.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * axe-core in Chromium over every route and every form of a liaison, on the demo data: no serious or critical finding
 * anywhere (an admin's pages: {@link AdminAccessibilityIT}). A form is read once, editing a record (its fields filled)
 * or with its added rows and dialogs open, which holds all a new one shows; the phone width reads one page of each
 * kind.
 */
class AccessibilityIT extends AxePages {

    @Test
    void every_page_and_form_of_a_liaison_has_no_serious_accessibility_finding() {
        Page page = newPage(1280, 900);
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        for (String route : List.of(
                "",
                "dashboard",
                "contacts",
                "follow-ups",
                "needs",
                "rollcall",
                "rollcall/coverage",
                "events",
                "partners",
                "training",
                "training/sessions",
                "imports",
                "reports/language-line",
                "password")) {
            check(page, route);
        }
        String mine = "JOIN user_account u ON u.id = %s WHERE u.username = 'demo-liaison' ORDER BY 1 DESC LIMIT 1";
        long contact = id("SELECT c.id FROM contact c " + mine.formatted("c.liaison_id"));
        check(page, "contact/" + contact);
        check(page, "contacts/log/" + contact);
        check(
                page,
                "need/"
                        + id("SELECT n.id FROM need n JOIN contact c ON c.id = n.contact_id "
                                + mine.formatted("c.liaison_id")));
        long briefing = id("SELECT b.id FROM roll_call_briefing b " + mine.formatted("b.presenter_id"));
        check(page, "rollcall/briefing/" + briefing);
        check(page, "rollcall/log/" + briefing);
        long event = id("SELECT e.id FROM outreach_event e " + mine.formatted("e.organiser_id"));
        check(page, "event/" + event);
        check(page, "events/plan/" + event);
        long series = id("SELECT s.id FROM outreach_series s " + mine.formatted("s.organiser_id"));
        check(page, "events/series/" + series);
        check(page, "events/series/edit/" + series);
        check(page, "partner/" + id("SELECT id FROM partner_organisation ORDER BY id LIMIT 1"));
        long topic = id("SELECT id FROM training_topic ORDER BY id LIMIT 1");
        check(page, "training/topic/" + topic);
        check(page, "training/edit/" + topic);
        check(
                page,
                "training/sessions/log/"
                        + id("SELECT s.id FROM training_session s JOIN member_city m ON m.id = s.city_id"
                                + " WHERE m.name = 'Brooklyn Park' ORDER BY s.id DESC LIMIT 1"));

        // the Brooklyn Park committee's pages, with the demo's year of meetings and recommendations in every status
        String parkCommittee = "SELECT c.id FROM advisory_committee c JOIN member_city m ON m.id = c.city_id"
                + " WHERE m.name = 'Brooklyn Park' ORDER BY c.id LIMIT 1";
        long committee = id(parkCommittee);
        long heldMeeting = id("SELECT id FROM committee_meeting WHERE status = 'HELD' AND committee_id = ("
                + parkCommittee + ") ORDER BY starts_at DESC LIMIT 1");
        long answered = id("SELECT id FROM committee_recommendation WHERE status = 'DONE' AND committee_id = ("
                + parkCommittee + ") LIMIT 1");
        for (String route : List.of(
                "committees",
                "committees/recommendations",
                "committees/committee/" + committee,
                "committees/edit/" + committee,
                "committees/member/"
                        + id("SELECT id FROM committee_member WHERE committee_id = (" + parkCommittee
                                + ") ORDER BY id LIMIT 1"),
                "committees/meeting/" + heldMeeting,
                "committees/meeting/edit/" + heldMeeting,
                "committees/recommendation/" + answered,
                "committees/recommendation/edit/" + answered,
                "reports/committee/" + committee,
                "account/mail",
                "notifications",
                "surveys",
                "surveys/new?event=" + event,
                "survey/" + id("SELECT id FROM survey WHERE code = 'bpcheck2'"),
                "survey/paper/" + id("SELECT id FROM survey WHERE code = 'bpcheck2'"))) {
            check(page, route);
        }
        // the bell's list, open
        open(page, "contacts");
        page.locator(".notification-bell").click();
        analyze(page, "the notification bell's list");

        // the calendar's previous month, full of the demo's events and briefings
        open(page, "calendar");
        click(page, "Previous");
        analyze(page, "calendar, previous month");

        // the contact form with a need, and a person named for its follow-up
        open(page, "contacts/log");
        click(page, "Add a need");
        page.getByText("Someone asked to be contacted about this").click();
        analyze(page, "contacts/log with a named need");
        // the event form with a group row and a police row added
        open(page, "events/plan");
        click(page, "Add a police department");
        analyze(page, "events/plan with rows");

        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        for (String route : List.of("", "contacts", "contacts/log")) {
            check(phone, route);
        }
        assertThat(findings).as("serious or critical axe-core findings").isEmpty();
    }
}
