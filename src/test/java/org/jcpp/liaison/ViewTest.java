package org.jcpp.liaison;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Browserless view tests: real views, real services, the real embedded database; no browser. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    @Autowired
    private JdbcTemplate viewTestJdbc;

    /** Each test starts as a user with no unsaved drafts (an earlier test's typed work is not put back in its forms). */
    @BeforeEach
    void noDraftsLeft() {
        viewTestJdbc.update("DELETE FROM form_draft");
    }

    /** The texts of the notifications open now. */
    protected List<String> notices() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }

    /** The error message a field shows, or null when it is valid. */
    protected static String errorOf(HasValidation field) {
        return field.isInvalid() ? field.getErrorMessage() : null;
    }
}
