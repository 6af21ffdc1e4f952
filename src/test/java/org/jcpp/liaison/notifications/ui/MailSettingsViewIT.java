package org.jcpp.liaison.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.jcpp.liaison.ViewTest;
import org.jcpp.liaison.notifications.MailFrequency;
import org.jcpp.liaison.notifications.MailSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("demo-coordinator")
class MailSettingsViewIT extends ViewTest {

    @Autowired
    MailSettings settings;

    @Test
    void a_digest_needs_a_valid_address_marked_at_the_field_and_a_saved_choice_can_be_changed_again() {
        var view = navigate(MailSettingsView.class);
        test(view.form.followUpDigest).selectItem("Every morning");
        test(view.save).click();
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isEqualTo("A digest needs an address to go to");

        test(view.form.email).setValue("not an address");
        test(view.save).click();
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isEqualTo("Enter an e-mail address like name@city.gov");
        assertThat(settings.mine().followUpDigest()).isNotEqualTo(MailFrequency.DAILY);

        test(view.form.email).setValue("coordinator@brooklynpark.example.gov");
        test(view.save).click();
        assertThat(settings.mine().email()).isEqualTo("coordinator@brooklynpark.example.gov");
        assertThat(settings.mine().followUpDigest()).isEqualTo(MailFrequency.DAILY);

        // saved twice from the same page: the second save carries the new version
        test(view.form.followUpDigest).selectItem("Monday mornings");
        test(view.save).click();
        assertThat(settings.mine().followUpDigest()).isEqualTo(MailFrequency.WEEKLY);

        // the weekly mail of the cities is offered to a coordinator, and needs the address too
        assertThat(view.form.cityDigest.isVisible()).isTrue();
        test(view.form.followUpDigest).selectItem("No digest");
        test(view.form.email).setValue("");
        test(view.form.cityDigest).click();
        test(view.save).click();
        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(view.form.email.getErrorMessage()).isEqualTo("A digest needs an address to go to");
        assertThat(settings.mine().cityDigest()).isFalse();
        test(view.form.email).setValue("coordinator@brooklynpark.example.gov");
        test(view.save).click();
        assertThat(settings.mine().cityDigest()).isTrue();
        test(view.form.cityDigest).click();

        test(view.form.followUpDigest).selectItem("No digest");
        test(view.form.email).setValue("");
        test(view.save).click();
        assertThat(settings.mine().email()).isNull();
        assertThat(settings.mine().followUpDigest()).isEqualTo(MailFrequency.OFF);
        assertThat(settings.mine().cityDigest()).isFalse();
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_is_not_offered_the_weekly_mail_of_the_cities() {
        var view = navigate(MailSettingsView.class);
        assertThat(view.form.cityDigest.isVisible()).isFalse();
        assertThat(view.form.assignedMail.isVisible()).isTrue();
    }
}
