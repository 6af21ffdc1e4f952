package org.jcpp.liaison.rollcall.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.base.ui.DraftKeeper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** A briefing typed into the record-bound form and left unsaved comes back, then saves. */
class BriefingDraftIT extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("demo-liaison")
    void a_briefing_left_unsaved_comes_back_in_the_form_and_saves() {
        String feedback = "Where is the language line card kept? " + UUID.randomUUID();
        var view = navigate(BriefingFormView.class);
        DraftKeeper.checkAll(VaadinSession.getCurrent()); // the end of the request that opened it
        var form = view.form;
        test(form.department).selectItem("Brooklyn Park Police Department");
        test(form.shift).selectItem("Night");
        test(form.topics).selectItem("Using the language line");
        test(form.officers).setValue(12);
        test(form.feedback).setValue(feedback);
        navigate(BriefingListView.class); // left without saving
        assertThat(drafts()).contains(feedback);

        var again = navigate(BriefingFormView.class).form;
        assertThat(again.feedback.getValue()).isEqualTo(feedback);
        assertThat(again.officers.getValue()).isEqualTo(12);
        assertThat(again.shift.getValue()).isNotNull();
        assertThat(again.topics.getValue()).hasSize(1);
        test(((BriefingFormView) getCurrentView()).save).click();
        assertThat(getCurrentView()).isInstanceOf(BriefingView.class);
        assertThat(drafts()).as("dropped once saved").doesNotContain(feedback);
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
