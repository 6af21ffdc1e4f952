package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jcpp.liaison.ViewTest;
import org.junit.jupiter.api.Test;
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
        test(button).click();
        assertThat(notices())
                .singleElement()
                .asString()
                .startsWith("Something went wrong and this was not done. What you entered is still on the page:"
                        + " please try again.")
                .containsPattern("give them the reference [0-9a-f]{8}\\.$");
        assertThat(button.isEnabled()).isTrue();
    }
}
