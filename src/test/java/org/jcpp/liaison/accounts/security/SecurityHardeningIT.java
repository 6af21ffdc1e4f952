package org.jcpp.liaison.accounts.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.accounts.AccountData;
import org.jcpp.liaison.accounts.AccountService;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.audit.AuditFilter;
import org.jcpp.liaison.audit.AuditRow;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class SecurityHardeningIT {

    @LocalServerPort
    int port;

    @Autowired
    AuthenticationConfiguration authentication;

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
    void five_wrong_passwords_in_fifteen_minutes_lock_the_account_until_an_admin_unlocks_it() throws Exception {
        var signedIn = new SignedIn(userDetails);
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 6);
        long crystal = signedIn.idOf(referenceData, ReferenceKind.CITY, "Crystal");
        var account = signedIn.as(
                "demo-admin",
                () -> accounts.create(
                        new AccountData(null, 0, username, "Lock Test", Role.LIAISON, false, Set.of(crystal)),
                        "the right password"));
        var manager = authentication.getAuthenticationManager();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(username, "a wrong password")))
                    .isInstanceOf(AuthenticationException.class);
        }
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(username, "the right password")))
                .isInstanceOf(LockedException.class);
        List<AuditRow> lockouts = signedIn.as(
                "demo-admin",
                () -> audit.search(
                        new AuditFilter(username, AuditAction.LOCKOUT, null, null, null, LocalDate.now(), null),
                        Pageable.ofSize(5)));
        assertThat(lockouts).hasSize(1);

        signedIn.as("demo-admin", () -> accounts.unlock(account.id()));
        assertThat(manager.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(username, "the right password"))
                        .isAuthenticated())
                .isTrue();
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
