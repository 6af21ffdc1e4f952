package org.jcpp.liaison.contacts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.NeedUpdate;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** A follow-up typed and left unsaved is kept as a draft; over a need changed since, it is only offered. */
class NeedDraftIT extends ViewTest {

    @Autowired
    ContactService contacts;

    @Autowired
    NeedService needs;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("demo-liaison")
    void a_follow_up_left_unsaved_comes_back_but_over_a_need_changed_since_only_when_asked() {
        String note = "Called the landlord about the lock, " + UUID.randomUUID();
        long brooklynPark = new SignedIn(userDetails).idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        var logged = contacts.log(SampleContacts.visit(
                brooklynPark, "visit", SampleContacts.need(NeedCategory.HOUSING, "broken lock", null, null)));
        long needId = logged.needs().getFirst().id();

        var view = navigate(NeedView.class, needId);
        DraftKeeper.checkAll(VaadinSession.getCurrent()); // the end of the request that opened it
        test(view.outcome).setValue(note);
        navigate(MyFollowUpsView.class); // left without saving
        assertThat(drafts()).contains(note);

        new SignedIn(userDetails).as("demo-coordinator", () -> {
            var need = needs.get(needId);
            needs.update(new NeedUpdate(
                    needId,
                    need.version(),
                    NeedStatus.IN_PROGRESS,
                    need.ownerId(),
                    null,
                    null,
                    null,
                    "coordinator",
                    org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                    null));
        });
        var again = navigate(NeedView.class, needId);
        var banner = find(Div.class).withClassName("draft-banner").single();
        assertThat(banner.getElement().getText() + textOf(banner)).contains("someone else has changed this record");
        assertThat(again.outcome.getValue()).isEqualTo("coordinator");

        test(find(Button.class).withText("Restore my changes").single()).click();
        assertThat(again.outcome.getValue()).isEqualTo(note);
        test(again.save).click();
        assertThat(needs.get(needId).outcome()).isEqualTo(note);
        assertThat(drafts()).as("dropped once saved").doesNotContain(note);
    }

    private static String textOf(Div banner) {
        return banner.getChildren().map(child -> child.getElement().getText()).reduce("", String::concat);
    }

    private String drafts() {
        return String.join(
                "\n",
                jdbc.queryForList(
                        "SELECT payload FROM form_draft d JOIN user_account u ON u.id = d.user_id"
                                + " WHERE u.username = 'demo-liaison'",
                        String.class));
    }
}
