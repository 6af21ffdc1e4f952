package org.jcpp.liaison.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.FormSignIn;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditRow;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class SecurityHardeningIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_attackers_wrong_passwords_slow_down_their_address_but_never_keep_the_owner_out() throws Exception {
        var signedIn = new SignedIn(userDetails);
        String username = "victim-" + UUID.randomUUID().toString().substring(0, 6);
        long crystal = signedIn.idOf(referenceData, ReferenceKind.CITY, "Crystal");
        signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Throttle Test", Role.LIAISON, false, Set.of(crystal)),
                        "the right password"));
        // the attacker, from 127.0.0.2, tries wrong passwords in any spelling of the name
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_ADDRESS; i++) {
            String spelling = i % 2 == 0 ? username.toUpperCase() : "  " + username + " ";
            assertThat(signIn("127.0.0.2", spelling, "a wrong password")).endsWith("/login?error");
        }
        // from there, even the right password is refused now, and the sign-in page says why
        assertThat(signIn("127.0.0.2", username, "the right password")).endsWith("/login?throttled");
        // the owner, from another address, signs in at once
        assertThat(signIn("127.0.0.3", username, "the right password")).doesNotContain("/login");

        List<AuditRow> throttled = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(
                                username, AuditAction.SIGN_IN_THROTTLED, null, null, null, LocalDate.now(), null),
                        Pageable.ofSize(5)));
        assertThat(throttled).singleElement().satisfies(row -> assertThat(row.detail())
                .contains("127.0.0.2"));
        List<AuditRow> failures = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(username, AuditAction.LOGIN_FAILURE, null, null, null, LocalDate.now(), null),
                        Pageable.ofSize(10)));
        assertThat(failures).isNotEmpty().allSatisfy(row -> assertThat(row.detail())
                .contains("127.0.0.2"));
    }

    @Test
    void many_accounts_tried_from_one_address_slow_that_address_down_for_every_account() throws Exception {
        for (int i = 0; i < SignInThrottle.PER_ADDRESS; i++) {
            assertThat(signIn("127.0.0.4", "nobody-" + i, "a wrong password")).endsWith("/login?error");
        }
        assertThat(signIn("127.0.0.4", "demo-liaison", IntegrationTest.DEMO_PASSWORD))
                .endsWith("/login?throttled");
        assertThat(signIn("127.0.0.5", "demo-liaison", IntegrationTest.DEMO_PASSWORD))
                .doesNotContain("/login");
    }

    private String signIn(String fromAddress, String username, String password) throws Exception {
        return FormSignIn.from(fromAddress, port, username, password);
    }

    @Test
    void pages_carry_security_headers_and_are_not_cached() throws Exception {
        var response = get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElse(""))
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("default-src 'self'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        var cookie = get("/login").headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void anonymous_users_see_only_the_health_of_the_app() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("db");
        for (String endpoint : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator")) {
            var response = get(endpoint);
            assertThat(response.statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(response.body()).as(endpoint).doesNotContain("spring.datasource");
        }
    }

    @Test
    void a_forwarded_host_from_an_untrusted_address_is_not_used_in_redirects() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/contacts"))
                        .header("X-Forwarded-Host", "evil.example")
                        .header("X-Forwarded-Proto", "https")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .doesNotContain("evil.example")
                .doesNotStartWith("https:");
    }

    @Test
    void the_session_id_never_appears_in_an_address() throws Exception {
        for (String path : List.of("/", "/contacts", "/admin/accounts", "/login")) {
            var response = get(path);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .doesNotContainIgnoringCase("jsessionid");
            assertThat(response.body()).as(path).doesNotContainIgnoringCase("jsessionid");
        }
    }

    @Test
    void a_sign_in_posted_without_the_token_of_its_session_signs_nobody_in() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=demo-liaison&password=" + IntegrationTest.DEMO_PASSWORD + "&_csrf=bogus"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
    }

    @Test
    void a_sign_in_posted_from_another_site_is_refused() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=demo-liaison&password=" + IntegrationTest.DEMO_PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void an_error_never_shows_a_stack_trace() throws Exception {
        var response = get("/VAADIN/does-not-exist.js");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
