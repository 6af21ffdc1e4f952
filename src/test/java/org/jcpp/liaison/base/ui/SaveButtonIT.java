package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.security.test.context.support.WithUserDetails;

class SaveButtonIT extends ViewTest {

    @Test
    @WithUserDetails("demo-liaison")
    void a_save_that_fails_unexpectedly_tells_the_user_and_can_be_tried_again() {
        navigate(HomeView.class);
        var button = new SaveButton("Save", () -> {
            throw new IllegalStateException("the database went away");
        });
        getCurrentView().getElement().appendChild(button.getElement());
        // the failure is logged for the admin with the reference the user is given (caught here, not printed)
        var logger = (Logger) LoggerFactory.getLogger(SessionErrors.class);
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        logger.addAppender(logged);
        logger.setAdditive(false);
        try {
            test(button).click();
        } finally {
            logger.setAdditive(true);
            logger.detachAppender(logged);
        }
        assertThat(notices())
                .singleElement()
                .asString()
                .startsWith("Something went wrong and this was not done. What you entered is still on the page:"
                        + " please try again.")
                .containsPattern("give them the reference [0-9a-f]{8}\\.$");
        String shown = notices().getFirst().toString().replaceAll("(?s).*reference ([0-9a-f]{8})\\.$", "$1");
        assertThat(logged.list).singleElement().satisfies(event -> {
            assertThat(event.getFormattedMessage()).isEqualTo("Unexpected error, reference " + shown);
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("the database went away");
        });
        assertThat(button.isEnabled()).isTrue();
    }
}
