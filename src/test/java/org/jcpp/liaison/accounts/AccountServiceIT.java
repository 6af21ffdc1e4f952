package org.jcpp.liaison.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.referencedata.NamedRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    org.jcpp.liaison.accounts.domain.UserAccountRepository repository;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void a_fresh_database_gets_the_first_admin_with_the_configured_password_hashed_with_its_algorithm_named() {
        var admin = repository.findByUsernameIgnoreCase("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches(IntegrationTest.ADMIN_PASSWORD, admin.getPasswordHash()))
                .isTrue();
    }

    @Test
    void the_demo_data_has_one_account_per_role() {
        assertThat(repository
                        .findByUsernameIgnoreCase("demo-liaison")
                        .orElseThrow()
                        .getRole())
                .isEqualTo(Role.LIAISON);
        assertThat(repository
                        .findByUsernameIgnoreCase("demo-coordinator")
                        .orElseThrow()
                        .getRole())
                .isEqualTo(Role.COORDINATOR);
        assertThat(repository
                        .findByUsernameIgnoreCase("demo-admin")
                        .orElseThrow()
                        .getRole())
                .isEqualTo(Role.ADMIN);
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_creates_a_liaison_who_can_then_sign_in() {
        String username = unique("liaison");
        var created = accounts.create(
                new AccountData(null, 0, username, "Test Liaison", Role.LIAISON, false, Set.of(city("Hopkins"))),
                "a long enough password");
        assertThat(created.cityIds()).containsExactly(city("Hopkins"));
        assertThat(accounts.list(username, Pageable.ofSize(10)).getContent())
                .extracting(AccountRow::displayName)
                .containsExactly("Test Liaison");
        var stored = repository.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(passwordEncoder.matches("a long enough password", stored.getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_liaison_without_a_city_a_short_password_and_a_taken_username_are_refused_at_their_fields() {
        assertThatThrownBy(() -> accounts.create(
                        new AccountData(null, 0, unique("x"), "No City", Role.LIAISON, false, Set.of()),
                        "a long enough password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cityIds"));
        assertThatThrownBy(() -> accounts.create(
                        new AccountData(null, 0, unique("x"), "Short", Role.LIAISON, false, Set.of(city("Crystal"))),
                        "short"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.create(
                        new AccountData(null, 0, "DEMO-liaison", "Taken", Role.LIAISON, false, Set.of(city("Crystal"))),
                        "a long enough password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_stale_edit_is_refused_and_the_other_save_is_kept() {
        var created = accounts.create(
                new AccountData(null, 0, unique("stale"), "First Name", Role.LIAISON, false, Set.of(city("Richfield"))),
                "a long enough password");
        var first = new AccountData(
                created.id(),
                created.version(),
                created.username(),
                "Changed By One",
                Role.LIAISON,
                false,
                created.cityIds());
        var second = new AccountData(
                created.id(),
                created.version(),
                created.username(),
                "Changed By Two",
                Role.LIAISON,
                false,
                created.cityIds());
        accounts.update(first);
        assertThatThrownBy(() -> accounts.update(second)).isInstanceOf(ConcurrentEditException.class);
        assertThat(repository.findById(created.id()).orElseThrow().getDisplayName())
                .isEqualTo("Changed By One");
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_cannot_list_or_create_accounts() {
        assertThatThrownBy(() -> accounts.list("", Pageable.ofSize(10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(
                        new AccountData(null, 0, unique("x"), "X", Role.ADMIN, false, Set.of()),
                        "a long enough password"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("demo-admin")
    void accounts_waiting_for_approval_are_listed_first() {
        String username = unique("zz-waiting");
        jdbc.update(
                "INSERT INTO user_account (username, display_name, password_hash, role) VALUES (?, ?, '', 'PENDING')",
                username,
                "Zainab Waiting");
        var first = accounts.list("", Pageable.ofSize(3)).getContent().getFirst();
        assertThat(first.role()).isEqualTo(Role.PENDING);
        assertThat(accounts.list("", Pageable.ofSize(500)).getContent())
                .filteredOn(a -> a.role() != Role.PENDING)
                .extracting(AccountRow::displayName)
                .containsExactlyElementsOf(jdbc.queryForList(
                        "SELECT display_name FROM user_account WHERE role <> 'PENDING' ORDER BY display_name",
                        String.class));
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_cannot_disable_their_own_account() {
        var me = repository.findByUsernameIgnoreCase("demo-admin").orElseThrow();
        assertThatThrownBy(() -> accounts.setEnabled(me.getId(), me.getVersion(), false))
                .isInstanceOf(InvalidInputException.class);
        assertThat(repository.findById(me.getId()).orElseThrow().isEnabled()).isTrue();
    }

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    @WithUserDetails("demo-admin")
    void a_disabled_account_cannot_sign_in() {
        var created = accounts.create(
                new AccountData(null, 0, unique("gone"), "Leaving", Role.LIAISON, false, Set.of(city("Crystal"))),
                "a long enough password");
        accounts.setEnabled(created.id(), created.version(), false);
        assertThatThrownBy(() -> authentication
                        .getAuthenticationManager()
                        .authenticate(
                                new UsernamePasswordAuthenticationToken(created.username(), "a long enough password")))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    @WithUserDetails("demo-admin")
    void an_admin_ends_an_accounts_sessions_everywhere_which_moves_its_stamp_and_is_audited_but_keeps_it_usable() {
        var created = accounts.create(
                new AccountData(null, 0, unique("lost"), "Lost Phone", Role.LIAISON, false, Set.of(city("Crystal"))),
                "a long enough password");
        long before = repository.currentSecurityStamp(created.id()).orElseThrow();
        accounts.endSessions(created.id());
        // every session signed in with the old stamp is refused at its next request, on every node
        assertThat(repository.currentSecurityStamp(created.id())).contains(before + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_event WHERE record_type = 'account' AND record_id = ?"
                                + " AND changes::text LIKE '%ended by an admin%'",
                        Long.class, created.id()))
                .isEqualTo(1);
        assertThat(authentication
                        .getAuthenticationManager()
                        .authenticate(
                                new UsernamePasswordAuthenticationToken(created.username(), "a long enough password"))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> accounts.endSessions(Long.MAX_VALUE)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_liaison_cannot_end_another_accounts_sessions() {
        long admin =
                repository.findByUsernameIgnoreCase("demo-admin").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.endSessions(admin))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("demo-liaison")
    void a_user_changes_their_own_password_only_with_the_current_one() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("wrong current", "a brand new password"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        accounts.changeOwnPassword(IntegrationTest.DEMO_PASSWORD, "a brand new password");
        var stored = repository.findByUsernameIgnoreCase("demo-liaison").orElseThrow();
        assertThat(passwordEncoder.matches("a brand new password", stored.getPasswordHash()))
                .isTrue();
        accounts.changeOwnPassword("a brand new password", IntegrationTest.DEMO_PASSWORD); // leave it as it was
    }

    private long city(String name) {
        return referenceData.active(ReferenceKind.CITY).stream()
                .filter(c -> c.name().equals(name))
                .map(NamedRef::id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("demo-admin")
    void a_search_for_an_underscore_or_a_percent_sign_finds_them_as_typed_not_as_wildcards() {
        String stem = UUID.randomUUID().toString().substring(0, 6);
        accounts.create(
                new AccountData(null, 0, stem + "a_b", "Underscore", Role.LIAISON, false, Set.of(city("Hopkins"))),
                "a long enough password");
        accounts.create(
                new AccountData(null, 0, stem + "axb", "Letter", Role.LIAISON, false, Set.of(city("Hopkins"))),
                "a long enough password");
        assertThat(accounts.list(stem + "a_b", Pageable.ofSize(10)).getContent())
                .extracting(AccountRow::displayName)
                .containsExactly("Underscore");
        assertThat(accounts.count(stem + "%")).isZero();
        assertThat(accounts.count(stem)).isEqualTo(2);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
