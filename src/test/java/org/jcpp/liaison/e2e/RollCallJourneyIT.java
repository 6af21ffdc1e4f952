package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.BriefingFilter;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.SampleTraining;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Roll-call, end to end: on a phone a liaison logs a "Using the language line" briefing for Brooklyn Center's night
 * shift (a double click on save stores it once); the coverage view shows the night shift reached today and the day
 * shift not reached; a coordinator revises the topic's key points, and the earlier briefing still shows the revision it
 * used while the topic lists both revisions.
 */
class RollCallJourneyIT extends BrowserTest {

    @Autowired
    RollCallService rollCall;

    @Autowired
    TrainingTopicService topics;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_night_shift_briefing_shows_in_coverage_and_keeps_its_revision_after_the_topic_is_revised() {
        var signedIn = new SignedIn(userDetails);
        var samples = new SampleTraining(signedIn, topics, referenceData);
        var brooklynCenter = samples.department("Brooklyn Center");
        var languageLine = samples.activeTopic("Using the language line");
        var today = new BriefingFilter(LocalDate.now(), LocalDate.now(), brooklynCenter.cityId(), null, null);
        long before = signedIn.as("demo-liaison", () -> rollCall.count(today));

        Page phone = newPage(390, 844);
        signIn(phone, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        phone.navigate(url("rollcall/log"));
        pick(phone, "Police department", "Brooklyn Center Police Department");
        choose(phone, "Shift", "Night", 0);
        pick(phone, "Topics covered", "Using the language line");
        phone.getByLabel("Officers present").fill("14");
        phone.getByLabel("Officers' questions and feedback").fill("Where is the card with the number?");
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target/screenshots", "briefing-form-390.png"))
                .setFullPage(true));
        phone.getByText("Save briefing").dblclick();

        phone.waitForURL(Pattern.compile(".*/rollcall/briefing/\\d+$"));
        assertThat(phone.getByText("Briefing logged")).isVisible();
        assertThat(phone.getByText("Roll-call: Brooklyn Center Police Department, Night shift")
                        .first())
                .isVisible();
        assertThat(phone.getByText("revision " + languageLine.revision() + " (current)"))
                .isVisible();
        assertThat(signedIn.as("demo-liaison", () -> rollCall.count(today))).isEqualTo(before + 1);
        String briefingUrl = phone.url();

        phone.navigate(url("rollcall/coverage"));
        assertThat(phone.locator("span.coverage-last[title='Brooklyn Center Police Department, Night shift']")
                        .first())
                .hasText("Today");
        assertThat(phone.locator("span.coverage-last[title='Brooklyn Center Police Department, Day shift']")
                        .first())
                .hasText(Pattern.compile("^(Not reached|Never briefed).*"));

        Page desk = newPage(1280, 900);
        signIn(desk, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        desk.navigate(url("rollcall/log")); // an empty save marks what is missing at its field
        desk.getByText("Save briefing").click();
        assertThat(desk.getByText("Choose at least one topic")).isVisible();
        desk.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "briefing-form-1280.png")));
        desk.navigate(url("training/topic/" + languageLine.id()));
        desk.getByText("Revise", new Page.GetByTextOptions().setExact(true)).click();
        desk.waitForURL(Pattern.compile(".*/training/edit/\\d+$"));
        var keyPoints = desk.getByLabel("Key points");
        keyPoints.fill(keyPoints.inputValue() + "\nIf the line is busy, call the county interpreter desk.");
        desk.getByLabel("What changed").fill("Night shift asked what to do when the line is busy");
        desk.getByText("Save as revision " + (languageLine.revision() + 1)).click();
        desk.waitForURL(Pattern.compile(".*/training/topic/\\d+$"));
        assertThat(desk.getByText(
                        "Night shift asked what to do when the line is busy",
                        new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(desk.getByText(Pattern.compile("^Revision " + languageLine.revision() + " · ")))
                .isVisible();

        desk.navigate(briefingUrl);
        assertThat(desk.getByText("revision " + languageLine.revision() + " (the topic is now at revision "
                        + (languageLine.revision() + 1) + ")"))
                .isVisible();
        desk.getByText("Using the language line").click();
        assertThat(desk.getByText(Pattern.compile("You are reading revision " + languageLine.revision() + " of")))
                .isVisible();
        assertThat(desk.getByText("If the line is busy", new Page.GetByTextOptions().setExact(false)))
                .hasCount(1); // only in the newer revision's entry of the history, not in the text shown
    }
}
