package org.jcpp.liaison.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-on with the organisation's provider, in Chromium, against a real OpenID provider on a loopback port
 * (mock-oauth2-server: discovery, authorization code with PKCE, signed id tokens, its own sign-in page where the test
 * types the person's id and claims).
 */
class SignOnJourneyIT extends BrowserTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server(new OAuth2Config(true));

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
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @Autowired
    AccountService accounts;

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
        assertThat(page.getByText("Log a contact")).not().isVisible(); // a pending account sees no community data

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

        var audit = jdbc.queryForList(
                "select action || ' ' || coalesce(detail, '') from audit_event where actor = ? or (record_type = 'account' and action = 'CREATE') order by id",
                String.class,
                pending.username());
        assertThat(audit).anySatisfy(line -> assertThat(line).startsWith("LOGIN_SUCCESS"));
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
    void local_accounts_still_sign_in_beside_the_organisations_button() {
        Page page = newPage(1280, 900);
        page.navigate(url("login"));
        assertThat(page.getByText("Sign in with Hennepin County")).isVisible();
        signIn(page, "demo-liaison", IntegrationTest.DEMO_PASSWORD);
        assertThat(page.getByText("Log a contact").first()).isVisible();
    }

    /** From the app's sign-in page through the provider's, typing the person's id there and the claims it sends. */
    private void signOn(Page page, String subject, String name, String username) {
        page.navigate(url("login"));
        page.getByText("Sign in with Hennepin County").click();
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]")
                .fill("{\"name\": \"" + name + "\", \"preferred_username\": \"" + username + "\"}");
        page.locator("input[type=submit]").click();
        page.waitForLoadState();
    }
}
