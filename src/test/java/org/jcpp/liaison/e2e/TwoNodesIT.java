package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jcpp.liaison.AppProcess;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountRow;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two app nodes on one PostgreSQL: this test's app ("node 1", where an admin changes an account) and a second JVM
 * ("node 2", where that account is signed in, in Chromium). The change must end the session on node 2 at its next
 * request, before it can do anything with the rights it had.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT extends BrowserTest {

    @Autowired
    AccountService accounts;

    @Autowired
    TrainingTopicService topics;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    ContactService contacts;

    @Autowired
    DataSource dataSource;

    private AppProcess node2;

    @BeforeAll
    void startSecondNode() throws Exception {
        // the first node migrated the database and loaded the demo
        node2 = AppProcess.start(dataSource, List.of("-Xmx512m"), List.of("--spring.liquibase.enabled=false"));
        if (node2.awaitLogin(Duration.ofMinutes(5)).isEmpty()) {
            throw new IllegalStateException("the second node did not serve /login; see " + node2.log());
        }
    }

    @AfterAll
    void stopSecondNode() throws Exception {
        if (node2 != null) {
            node2.close();
        }
    }

    @Test
    void an_admin_disabled_on_one_node_is_signed_out_on_the_other_before_it_can_enable_itself_again() {
        var signedIn = new SignedIn(userDetails);
        String username = "admin-" + UUID.randomUUID().toString().substring(0, 6);
        var admin = signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Second Admin", Role.ADMIN, false, Set.of()),
                        "a fine long password"));
        passwordChosenByOwner(username);

        Page page = newPage(1280, 800);
        signInOnNode2(page, username);
        page.navigate(node2.url("admin/accounts"));
        page.locator("vaadin-grid-cell-content").first().waitFor(); // the accounts list answers: signed in as admin

        // node 1: another admin disables the account
        signedIn.as(
                "demo-admin",
                () -> accounts.setEnabled(
                        admin.id(), current(signedIn, username).version(), false));

        // node 2: the open view's next request (a click in the menu) ends the session
        page.locator("vaadin-side-nav-item[path='admin/languages']").click();
        toSignInFromSignedOutNotice(page);
        page.navigate(node2.url("admin/accounts"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        org.assertj.core.api.Assertions.assertThat(current(signedIn, username).enabled())
                .isFalse();
    }

    @Test
    void a_coordinator_made_a_liaison_on_one_node_cannot_approve_a_topic_on_the_other() {
        var signedIn = new SignedIn(userDetails);
        String username = "coord-" + UUID.randomUUID().toString().substring(0, 6);
        var coordinator = signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Stale Coordinator", Role.COORDINATOR, true, Set.of()),
                        "a fine long password"));
        passwordChosenByOwner(username);
        var topic = signedIn.as(
                "demo-liaison",
                () -> topics.propose(new TopicData(
                        "Two nodes " + UUID.randomUUID().toString().substring(0, 6),
                        "What a stale session must not do",
                        "",
                        TrainingAudience.ALL_OFFICERS,
                        "",
                        null,
                        false)));

        Page page = newPage(1280, 800);
        signInOnNode2(page, username);
        page.navigate(node2.url("training/topic/" + topic.id()));
        var approve = page.getByText("Approve", new Page.GetByTextOptions().setExact(true));
        assertThat(approve).isVisible();

        // node 1: an admin makes the coordinator a liaison of one city
        var row = current(signedIn, username);
        signedIn.as(
                "demo-admin",
                () -> accounts.update(new AccountData(
                        coordinator.id(),
                        row.version(),
                        username,
                        "Stale Coordinator",
                        Role.LIAISON,
                        false,
                        Set.of(signedIn.idOf(referenceData, ReferenceKind.CITY, "Crystal")))));

        // node 2: the approval, sent from the page opened while a coordinator, is not carried out
        approve.click();
        toSignInFromSignedOutNotice(page);
        org.assertj.core.api.Assertions.assertThat(signedIn.as("demo-coordinator", () -> topics.get(topic.id()))
                        .status())
                .isEqualTo(TopicStatus.PROPOSED);
    }

    @Test
    void an_admin_disabled_on_one_node_cannot_download_a_residents_file_from_a_page_still_open_on_the_other() {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String resident = "Hodan Warsame " + marker;
        long brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        signedIn.as(
                "demo-liaison",
                () -> contacts.log(SampleContacts.visit(
                        brooklynPark,
                        "visit",
                        SampleContacts.need(
                                NeedCategory.HOUSING,
                                "asks about a repair",
                                LocalDate.now(),
                                new PersonData(resident, null, "612-555-0100", null, "eng", null)))));
        String username = "admin-" + marker;
        var admin = signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Answering Admin", Role.ADMIN, false, Set.of()),
                        "a fine long password"));
        passwordChosenByOwner(username);
        Page page = newPage(1280, 800);
        signInOnNode2(page, username);
        page.navigate(node2.url("admin/residents"));
        page.getByLabel("Name").fill(resident);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(resident))
                .first()
                .click();
        var link = page.getByText("Download as CSV").first();
        assertThat(link).isVisible();
        String address = node2.url(link.getAttribute("href").replaceFirst("^/", ""));
        org.assertj.core.api.Assertions.assertThat(page.request().get(address).text())
                .contains(resident);

        // node 1: another admin disables the account; the download link on node 2's open page gives nothing
        signedIn.as(
                "demo-admin",
                () -> accounts.setEnabled(
                        admin.id(), current(signedIn, username).version(), false));
        org.assertj.core.api.Assertions.assertThat(page.request().get(address).text())
                .doesNotContain(resident);
    }

    private AccountRow current(SignedIn signedIn, String username) {
        return signedIn.as(
                "demo-admin",
                () -> accounts.list(username, Pageable.ofSize(1)).getContent().getFirst());
    }

    private void signInOnNode2(Page page, String username) {
        page.navigate(node2.url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill("a fine long password");
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForLoadState();
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
    }

    /** A page whose session ended says so ("You were signed out") and leads to the sign-in page. */
    private static void toSignInFromSignedOutNotice(Page page) {
        assertThat(page.getByText("You were signed out")).isVisible();
        page.getByText("Click here to sign in again").click();
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }
}
