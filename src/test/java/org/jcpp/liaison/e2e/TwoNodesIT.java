package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.jcpp.liaison.AppProcess;
import org.jcpp.liaison.Haproxy;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountRow;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.contacts.ContactService;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.SampleContacts;
import org.jcpp.liaison.notifications.Notifications;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceItemData;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jcpp.liaison.training.TopicData;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingAudience;
import org.jcpp.liaison.training.TrainingTopicService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two app nodes on one PostgreSQL: this test's app ("node 1", where an admin changes an account) and a second JVM
 * ("node 2", where that account is signed in, in Chromium). The change must end the session on node 2 within seconds
 * and, whatever happens, at its next request, before it can do anything with the rights it had. What one node changes
 * in the shared lists is seen on the other at once, a bell rings on the other node's open page, and a scheduled job
 * never runs on one node while the other runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

    @Autowired
    Notifications notifications;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    JdbcTemplate jdbc;

    private AppProcess node2;

    @BeforeAll
    void startSecondNode() throws Exception {
        // two JVMs, a proxy and Chromium share two cores: what a page shows may take longer than the default 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        // the first node migrated the database and loaded the demo
        node2 = AppProcess.start(
                dataSource,
                AppProcess.TEST_NODE_JVM,
                List.of(
                        "--spring.liquibase.enabled=false",
                        // the summaries' job tries every 0.7 s on node 2 (node 1's waits an hour) and says when it
                        // refreshed; each try holds its lock 5 s, so node 2 tries again 0.6 s after the lock is free
                        "--liaison.reporting.refresh=PT0.7S",
                        "--logging.level.org.jcpp.liaison.reporting.ReportingRefresh=DEBUG"));
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

        // node 2 hears of it and ends the session at once, without waiting for a request from it
        awaitLog("Ended a session of account " + admin.id() + ": its rights changed");

        // node 2: the open view's next request (a click in the menu) finds it ended
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

    @Test
    void a_city_renamed_on_one_node_is_shown_by_its_new_name_on_the_other_at_once() {
        var signedIn = new SignedIn(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        var city = signedIn.as(
                "demo-admin",
                () -> referenceData.save(
                        ReferenceKind.CITY, new ReferenceItemData(null, 0, "Signal City " + marker, null, null, null)));
        try {
            Page page = newPage(1280, 900);
            signInOnNode2(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
            page.navigate(node2.url("dashboard"));
            pick(page, "Cities", "Signal City " + marker); // node 2 now holds the list of city names

            // node 1 renames it; node 2 would have shown the old name for minutes (a cache per node)
            signedIn.as(
                    "demo-admin",
                    () -> referenceData.save(
                            ReferenceKind.CITY,
                            new ReferenceItemData(
                                    city.id(), city.version(), "Signal Town " + marker, null, null, null)));
            page.waitForTimeout(1000);
            page.navigate(node2.url("dashboard"));
            pick(page, "Cities", "Signal Town " + marker);
            assertThat(page.locator("vaadin-multi-select-combo-box-chip")
                            .filter(new Locator.FilterOptions().setHasText("Signal Town " + marker)))
                    .hasCount(1);
        } finally { // the city leaves the lists again (other tests count the member cities)
            signedIn.as("demo-admin", () -> {
                var now = referenceData
                        .list(ReferenceKind.CITY, marker, Pageable.ofSize(1))
                        .getContent()
                        .getFirst();
                return referenceData.setActive(ReferenceKind.CITY, now.id(), now.version(), false);
            });
        }
    }

    @Test
    void a_need_given_on_one_node_rings_the_bell_on_the_liaisons_open_page_on_the_other() {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long liaison = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-liaison'", Long.class);
        signedIn.as("demo-liaison", () -> notifications.markAllRead());

        Page page = newPage(390, 844);
        signInOnNode2(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        page.navigate(node2.url("contacts"));
        assertThat(page.locator(".notification-bell")).hasAttribute("aria-label", "Notifications, 0 unread");

        // node 1: a coordinator gives the liaison a follow-up
        giveNeed(signedIn, park, liaison, "Asks about a repair");

        // node 2's open page hears of it without a reload
        assertThat(page.locator(".notification-count")).hasText("1");
        assertThat(page.locator(".notification-bell")).hasAttribute("aria-label", "Notifications, 1 unread");
    }

    @Test
    void the_summaries_job_never_runs_on_node_2_while_node_1_holds_its_lock_and_runs_there_once_it_is_free()
            throws Exception {
        // node 1 takes the job's lock (ShedLock's row, as node 1's own scheduler would), waiting out node 2's hold
        SimpleLock lock = null;
        for (int tries = 0; lock == null && tries < 400; tries++) {
            lock = lockProvider
                    .lock(new LockConfiguration(
                            Instant.now(), "reporting-refresh", Duration.ofMinutes(2), Duration.ZERO))
                    .orElse(null);
            if (lock == null) {
                Thread.sleep(50);
            }
        }
        org.assertj.core.api.Assertions.assertThat(lock)
                .as("node 1 got the job's lock")
                .isNotNull();
        String refreshed = "Reporting summaries refreshed";
        int before = count(node2.logText(), refreshed);
        try {
            // a month changed: the summaries lag, and node 2 tries the job every 0.7 seconds
            jdbc.update("INSERT INTO report_stale (month) VALUES (date_trunc('month', now()) - interval '1 month')");
            Thread.sleep(5000);
            org.assertj.core.api.Assertions.assertThat(count(node2.logText(), refreshed))
                    .as("node 2 ran the job while node 1 held it")
                    .isEqualTo(before);
            org.assertj.core.api.Assertions.assertThat(
                            jdbc.queryForObject("SELECT count(*) FROM report_stale", Long.class))
                    .isPositive();
        } finally {
            lock.unlock();
        }
        awaitLog(refreshed, before + 1);
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("SELECT count(*) FROM report_stale", Long.class))
                .isZero();
    }

    @Test
    @Order(Integer.MAX_VALUE) // stops node 2: the last test
    void behind_haproxy_users_stay_on_their_node_and_a_user_of_a_stopped_node_signs_in_again_and_finds_their_work()
            throws Exception {
        var signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        long liaison = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-liaison'", Long.class);
        signedIn.as("demo-liaison", () -> notifications.markAllRead());
        try (var proxy = Haproxy.start(port, node2.port())) {
            // new visitors are spread over the nodes; each keeps the node the proxy's cookie names
            Page onNode1 = null;
            Page onNode2 = null;
            for (int i = 0; i < 6 && (onNode1 == null || onNode2 == null); i++) {
                Page visitor = newPage(1280, 900);
                visitor.navigate(proxy.url("login"));
                String node = nodeOf(visitor);
                if (node.equals("app1") && onNode1 == null) {
                    onNode1 = visitor;
                } else if (node.equals("app2") && onNode2 == null) {
                    onNode2 = visitor;
                }
            }
            org.assertj.core.api.Assertions.assertThat(onNode1)
                    .as("a visitor on node 1")
                    .isNotNull();
            org.assertj.core.api.Assertions.assertThat(onNode2)
                    .as("a visitor on node 2")
                    .isNotNull();
            signInThere(onNode1, "demo-coordinator");
            signInThere(onNode2, "demo-liaison");
            onNode1.navigate(proxy.url("dashboard"));
            onNode2.navigate(proxy.url("contacts/log"));
            org.assertj.core.api.Assertions.assertThat(nodeOf(onNode2)).isEqualTo("app2");

            // Vaadin's push passes through the proxy: a need given on node 1 rings the bell of node 2's page
            giveNeed(signedIn, park, liaison, "Asks about a landlord");
            assertThat(onNode2.locator(".notification-count")).hasText("1");

            // the liaison types a contact on node 2 …
            String marker = "rolling-" + UUID.randomUUID().toString().substring(0, 6);
            onNode2.getByLabel("Summary").fill("Met at the library, " + marker);
            onNode2.getByLabel("People reached").fill("2");
            onNode2.getByLabel("Summary").focus();
            waitUntilSent(onNode2);
            for (int i = 0; i < 50 && !draftsOf("demo-liaison").contains(marker); i++) {
                onNode2.waitForTimeout(100);
            }
            org.assertj.core.api.Assertions.assertThat(draftsOf("demo-liaison")).contains(marker);

            // … when node 2 is stopped (a rolling restart): the proxy sends them to node 1, where they sign in again
            node2.close();
            onNode2.getByText("Save contact").click();
            assertThat(onNode2.getByText("You were signed out")).isVisible();
            onNode2.getByText("Click here to sign in again").click();
            signInThere(onNode2, "demo-liaison");
            onNode2.navigate(proxy.url("contacts/log"));
            assertThat(onNode2.locator(".draft-banner")).containsText("Not saved yet");
            assertThat(onNode2.getByLabel("Summary")).hasValue("Met at the library, " + marker);
            org.assertj.core.api.Assertions.assertThat(nodeOf(onNode2)).isEqualTo("app1");
            onNode2.screenshot(new Page.ScreenshotOptions()
                    .setPath(java.nio.file.Path.of("target/screenshots/rolling-restart-draft-back.png")));

            // the coordinator on node 1 noticed nothing
            onNode1.navigate(proxy.url("dashboard"));
            assertThat(onNode1.locator("vaadin-login-form")).hasCount(0);
            org.assertj.core.api.Assertions.assertThat(nodeOf(onNode1)).isEqualTo("app1");
        }
    }

    /** On node 1, a coordinator logs a visit whose need is the liaison's to follow up (which rings their bell). */
    private void giveNeed(SignedIn signedIn, long cityId, long liaisonId, String need) {
        signedIn.as(
                "demo-coordinator",
                () -> contacts.log(SampleContacts.visit(
                        cityId,
                        "Visit",
                        new NeedData(
                                NeedCategory.HOUSING,
                                need,
                                liaisonId,
                                LocalDate.now().plusDays(3),
                                null,
                                null,
                                null))));
    }

    /** The node the proxy's cookie keeps this browser on. */
    private static String nodeOf(Page page) {
        return page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("LIAISON_NODE"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse("");
    }

    private static void signInThere(Page page, String username) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(IntegrationTest.DEMO_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.waitForLoadState();
        assertThat(page.locator("vaadin-login-form")).hasCount(0);
    }

    private void awaitLog(String line) {
        awaitLog(line, 1);
    }

    /** Waits up to 10 seconds for node 2's log to hold {@code line} {@code times} times. */
    private void awaitLog(String line, int times) {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        try {
            while (count(node2.logText(), line) < times) {
                if (System.nanoTime() > until) {
                    throw new AssertionError("node 2 did not log '" + line + "' within 10 seconds; see " + node2.log());
                }
                Thread.sleep(100);
            }
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int count(String text, String line) {
        int count = 0;
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
            count++;
        }
        return count;
    }

    private AccountRow current(SignedIn signedIn, String username) {
        return signedIn.as(
                "demo-admin",
                () -> accounts.list(username, Pageable.ofSize(1)).getContent().getFirst());
    }

    private void signInOnNode2(Page page, String username) {
        signInOnNode2(page, username, "a fine long password");
    }

    private void signInOnNode2(Page page, String username, String password) {
        page.navigate(node2.url("login"));
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
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
