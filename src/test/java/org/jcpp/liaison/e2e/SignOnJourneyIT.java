package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import java.net.InetAddress;
import java.util.Set;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.accounts.SignOnGroupData;
import org.jcpp.liaison.accounts.SignOnGroupService;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-on with the organisation's provider, in Chromium, against a real OpenID provider on a loopback port
 * (mock-oauth2-server: discovery, authorization code with PKCE, signed id tokens, its own sign-in page where the test
 * types the person's id and claims). Local passwords are off here, but for the break-glass admin {@code demo-admin}.
 */
class SignOnJourneyIT extends BrowserTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true));

    /**
     * Vaadin installs its security-context strategy JVM-wide when an app context starts. This class runs the app with
     * its own settings, so a context of its own: the other test classes' context is put back after it.
     */
    static final org.springframework.security.core.context.SecurityContextHolderStrategy OTHER_CONTEXTS =
            org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();

    static {
        try {
            PROVIDER.start(InetAddress.getLoopbackAddress(), 0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void signOn(DynamicPropertyRegistry properties) {
        properties.add("liaison.sso.issuer", () -> PROVIDER.issuerUrl("county").toString());
        properties.add("liaison.sso.client-id", () -> "jcpp-liaison");
        properties.add("liaison.sso.client-secret", () -> "test-secret");
        properties.add("liaison.sso.label", () -> "Hennepin County");
        // local passwords off, but for one break-glass admin
        properties.add("liaison.sso.only", () -> "true");
        // a name on the list whose account is not an admin's is refused all the same
        properties.add("liaison.sso.break-glass", () -> "demo-admin, demo-coordinator");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
        org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(OTHER_CONTEXTS);
    }

    @Autowired
    AccountService accounts;

    @Autowired
    SignOnGroupService groups;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_first_sign_on_waits_for_an_admin_who_gives_a_role_and_cities_then_the_liaison_works() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String subject = "county-" + marker;
        Page page = newPage(1280, 900);

        signOn(page, subject, "Fadumo Warsame " + marker, "fwarsame" + marker);
        assertThat(page.getByText("Waiting for an administrator")).isVisible();
        assertThat(page.getByText("You are signed in as Fadumo Warsame " + marker))
                .isVisible();
        page.navigate(url("contacts"));
        assertThat(page.getByText("Not available to you")).isVisible(); // a pending account sees no community data

        var signedIn = new SignedIn(userDetails);
        long brooklynPark = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        var pending = signedIn.as(
                        "demo-admin",
                        () -> accounts.list("fwarsame" + marker, org.springframework.data.domain.Pageable.ofSize(5)))
                .getContent()
                .getFirst();
        assertThat(pending.role()).isEqualTo(Role.PENDING);
        signedIn.as(
                "demo-admin",
                () -> accounts.update(new AccountData(
                        pending.id(),
                        pending.version(),
                        pending.username(),
                        pending.displayName(),
                        Role.LIAISON,
                        false,
                        Set.of(brooklynPark))));

        // the role changed: the session that signed in as pending ends at its next request; signing on again works
        page.navigate(url(""));
        signOn(page, subject, "Fadumo Warsame " + marker, "fwarsame" + marker);
        assertThat(page.getByText("Liaison for Brooklyn Park")).isVisible();
        assertThat(page.getByText("Log a contact").first()).isVisible();

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'LOGIN_SUCCESS'",
                        Long.class,
                        pending.username()))
                .as("both sign-ons are in the audit trail")
                .isEqualTo(2L);
        assertThatThrownBy(() -> signedIn.as(
                        "demo-admin", () -> accounts.resetPassword(pending.id(), "a long enough new password")))
                .as("a sign-on account gets no local password (it would go around the provider)")
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForList(
                        "select actor from audit_event where record_type = 'account' and action = 'CREATE'"
                                + " and record_id = ?",
                        String.class,
                        pending.id()))
                .as("the account a first sign-on made is in the audit trail")
                .containsExactly("system");
    }

    @Test
    void a_person_in_a_mapped_group_gets_its_role_and_cities_at_once_and_loses_them_when_taken_out() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String subject = "county-" + marker;
        var signedIn = new SignedIn(userDetails);
        long hopkins = signedIn.idOf(referenceData, ReferenceKind.CITY, "Hopkins");
        signedIn.as(
                "demo-admin",
                () -> groups.save(
                        new SignOnGroupData(null, 0, "jcpp-liaisons-" + marker, Role.LIAISON, false, Set.of(hopkins))));

        Page page = newPage(1280, 900);
        signOn(
                page,
                subject,
                "Mohamed Farah " + marker,
                "mfarah" + marker,
                java.util.List.of("county-staff", "jcpp-liaisons-" + marker));
        assertThat(page.getByText("Liaison for Hopkins")).isVisible();
        page.getByText("My account").click();
        page.getByText("Sign out", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("You are signed out")).isVisible();

        // an id token without a groups claim says nothing about the groups: the account keeps what it has
        signOnWithClaims(page, subject, "{\"name\": \"Mohamed Farah " + marker + "\"}");
        assertThat(page.getByText("Liaison for Hopkins")).isVisible();
        page.getByText("My account").click();
        page.getByText("Sign out", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByText("You are signed out")).isVisible();
        // an admin corrects the name only: the role and cities still come from the groups
        var given = signedIn.as("demo-admin", () -> accounts.list("mfarah" + marker, Pageable.ofSize(5)))
                .getContent()
                .getFirst();
        signedIn.as(
                "demo-admin",
                () -> accounts.update(new AccountData(
                        given.id(),
                        given.version(),
                        given.username(),
                        "Mohamed A. Farah " + marker,
                        given.role(),
                        given.allCities(),
                        given.cityIds())));
        signOn(page, subject, "Mohamed Farah " + marker, "mfarah" + marker, java.util.List.of("county-staff"));
        assertThat(page.getByText("Waiting for an administrator")).isVisible();

        String username = "mfarah" + marker;
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where record_type = 'sign-on-group' and action = 'CREATE'"
                                + " and actor = 'demo-admin'",
                        Long.class))
                .as("the admin's mapping is in the audit trail")
                .isPositive();
        assertThat(jdbc.queryForList(
                        "select detail from audit_event where actor = ? and action = 'LOGIN_FAILURE'",
                        String.class,
                        username))
                .contains("sign-on without access: in none of the mapped groups");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event a join user_account u on u.id = a.record_id"
                                + " where u.username = ? and a.record_type = 'account' and a.action = 'UPDATE'"
                                + " and a.actor = 'system'",
                        Long.class,
                        username))
                .as("given by the group, then taken away: two audited changes")
                .isEqualTo(2L);
    }

    @Test
    void an_account_disabled_in_the_app_is_refused_though_the_provider_says_yes() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String subject = "county-" + marker;
        Page page = newPage(390, 844);
        signOn(page, subject, "Abdi Noor " + marker, "anoor" + marker);
        assertThat(page.getByText("Waiting for an administrator")).isVisible();

        var signedIn = new SignedIn(userDetails);
        var account = signedIn.as(
                        "demo-admin",
                        () -> accounts.list("anoor" + marker, org.springframework.data.domain.Pageable.ofSize(5)))
                .getContent()
                .getFirst();
        signedIn.as("demo-admin", () -> accounts.setEnabled(account.id(), account.version(), false));

        page.navigate(url(""));
        signOn(page, subject, "Abdi Noor " + marker, "anoor" + marker);
        assertThat(page.getByText("This account is turned off")).isVisible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILURE' and detail like 'sign-on refused: account_disabled%'",
                        Long.class, account.username()))
                .isEqualTo(1L);
    }

    @Test
    void an_answer_with_a_tampered_state_is_refused_with_a_clear_page_and_an_audit_entry() {
        long since = lastAuditId();
        Page page = newPage(1280, 900);
        page.navigate(url("login"));
        atTheProvider(page); // the app keeps the request it sent, with its state
        page.navigate(url("login/oauth2/code/sso?code=made-up&state=not-the-one-sent"));
        assertThat(page.getByText("Sign-in was not completed")).isVisible();
        assertThat(refusals(since)).anySatisfy(detail -> assertThat(detail)
                .startsWith("sign-on refused: authorization_request_not_found"));
    }

    @Test
    void an_error_made_up_in_the_return_address_writes_only_a_plain_code_and_names_no_account() {
        long since = lastAuditId();
        Page page = newPage(1280, 900);
        page.navigate(url("login"));
        atTheProvider(page);
        page.navigate(url("login/oauth2/code/sso?state=x&error=account_disabled"
                + "&error_description=demo-admin%0Asigned%20in%20fine"));
        assertThat(page.getByText("Sign-in was not completed")).isVisible();
        assertThat(page.getByText("This account is turned off")).not().isVisible();
        assertThat(jdbc.queryForList(
                        "select actor || ' ' || detail from audit_event where id > ? and action = 'LOGIN_FAILURE'",
                        String.class,
                        since))
                .allSatisfy(line -> assertThat(line)
                        .startsWith("(sign-on) sign-on refused: ")
                        .doesNotContain("fine"));
    }

    @Test
    void an_id_token_out_of_date_or_from_another_issuer_is_refused() {
        long since = lastAuditId();
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Page page = newPage(1280, 900);
        signOnWithClaims(page, "county-old-" + marker, "{\"exp\": 1000000000, \"iat\": 999990000}");
        assertThat(page.getByText("Sign-in was not completed")).isVisible();

        signOnWithClaims(page, "county-evil-" + marker, "{\"iss\": \"https://login.example.org/other\"}");
        assertThat(page.getByText("Sign-in was not completed")).isVisible();
        assertThat(refusals(since))
                .filteredOn(detail -> detail.startsWith("sign-on refused: invalid_id_token"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_identity where subject like ?", Long.class, "%" + marker))
                .as("no account is made for a refused answer")
                .isZero();
    }

    private long lastAuditId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
    }

    /** The sign-on refusals audited since the entry with that id. */
    private java.util.List<String> refusals(long since) {
        return jdbc.queryForList(
                "select detail from audit_event where id > ? and action = 'LOGIN_FAILURE'"
                        + " and detail like 'sign-on refused:%'",
                String.class, since);
    }

    /** "Sign in with Hennepin County" clicked, and the provider's page reached (the app has kept its request then). */
    private static void atTheProvider(Page page) {
        page.getByText("Sign in with Hennepin County").click();
        String provider = PROVIDER.baseUrl().toString();
        page.waitForURL(address -> address.startsWith(provider));
    }

    private void signOnWithClaims(Page page, String subject, String claims) {
        page.navigate(url("login"));
        atTheProvider(page);
        // the provider's own form: the sign-in page has a field of the same name, which a click's navigation does
        // not wait for
        var form = page.locator("form:has(textarea[name=claims])");
        form.locator("input[name=username]").fill(subject);
        form.locator("textarea[name=claims]").fill(claims);
        form.locator("input[type=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void with_local_passwords_off_the_local_form_is_refused_but_for_a_break_glass_admin() {
        Page page = newPage(1280, 900);
        page.navigate(url("login"));
        assertThat(AxeCheck.seriousFindings(page, "login with sign-on")).isEmpty();
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("Use your organisation's sign-in")).isVisible();
        assertThat(page.getByText("Welcome, Amina Hassan")).not().isVisible();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where actor = 'demo-liaison' and action = 'LOGIN_FAILURE'"
                                + " and detail like 'local sign-in refused: local passwords are off%'",
                        Long.class))
                .isPositive();

        signIn(page, "demo-coordinator", IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("The username or password is not right.")).isVisible();

        signIn(page, "demo-admin", IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("Sign in with Hennepin County")).not().isVisible();
        assertThat(page.getByText("Welcome, Karen Lee")).isVisible();
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider_and_says_so() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        Page page = newPage(390, 844);
        signOn(page, "county-" + marker, "Hawa Ali " + marker, "hali" + marker);
        assertThat(page.getByText("Waiting for an administrator")).isVisible();
        assertThat(AxeCheck.seriousFindings(page, "the waiting page")).isEmpty();
        while (providerRequest(10).isPresent()) {
            // what the sign-on asked of the provider: not what this test looks for
        }

        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByText("You are signed out")).isVisible();

        var endSession = java.util.stream.Stream.generate(() -> providerRequest(5_000))
                .takeWhile(java.util.Optional::isPresent)
                .map(java.util.Optional::get)
                .filter(r -> String.valueOf(r.getRequestLine()).contains("/county/endsession"))
                .findFirst();
        assertThat(endSession).as("the provider was asked to end its session").isPresent();
        assertThat(endSession.get().getRequestLine()).contains("id_token_hint=");
        page.navigate(url(""));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    /** The next request the provider received, if one comes within the time (the provider throws otherwise). */
    private static java.util.Optional<okhttp3.mockwebserver.RecordedRequest> providerRequest(long millis) {
        try {
            return java.util.Optional.of(PROVIDER.takeRequest(millis, java.util.concurrent.TimeUnit.MILLISECONDS));
        } catch (RuntimeException none) {
            return java.util.Optional.empty();
        }
    }

    /** From the app's sign-in page through the provider's, typing the person's id there and the claims it sends. */
    private void signOn(Page page, String subject, String name, String username) {
        signOn(page, subject, name, username, java.util.List.of());
    }

    /** The same, the provider listing the person's groups in its "groups" claim. */
    private void signOn(Page page, String subject, String name, String username, java.util.List<String> groups) {
        String groupList = groups.stream().map(g -> "\"" + g + "\"").collect(java.util.stream.Collectors.joining(", "));
        signOnWithClaims(
                page,
                subject,
                "{\"name\": \"" + name + "\", \"preferred_username\": \"" + username + "\", \"groups\": [" + groupList
                        + "]}");
    }
}
