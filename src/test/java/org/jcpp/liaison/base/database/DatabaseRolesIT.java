package org.jcpp.liaison.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.base.database.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseDataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app connects to the embedded database as a role that may only read and write rows: the audit trail stays
 * append-only even for someone who takes over the app's connection, and nobody gets in without the password.
 */
@IntegrationTest
class DatabaseRolesIT {

    /** PostgreSQL's SQLSTATE for "permission denied" and "must be owner". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @LiquibaseDataSource
    DataSource owner;

    @Autowired
    EmbeddedDatabase database;

    /** The trail has a row to try to change, whichever tests ran before (the app's role may add one). */
    @org.junit.jupiter.api.BeforeEach
    void an_entry_in_the_audit_trail() {
        jdbc.update("INSERT INTO audit_event (actor, action, detail) VALUES ('roles-test', 'LOGIN_FAILURE', '')");
    }

    @Test
    void the_app_connects_as_its_own_role_not_as_the_superuser() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("liaison_app");
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
    }

    @Test
    void the_apps_role_cannot_update_delete_or_truncate_the_audit_trail() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Long.class))
                .isPositive(); // it reads it
        assertRefused("UPDATE audit_event SET actor = 'someone else'");
        assertRefused("DELETE FROM audit_event");
        assertRefused("TRUNCATE audit_event");
    }

    @Test
    void the_apps_role_cannot_switch_off_the_audit_trails_trigger_nor_change_the_schema() {
        assertRefused("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete");
        assertRefused("ALTER TABLE audit_event DISABLE TRIGGER ALL");
        assertRefused("DROP TRIGGER audit_event_no_truncate ON audit_event");
        assertRefused("DROP TABLE contact");
        assertRefused("ALTER TABLE contact ADD COLUMN smuggled TEXT");
        assertRefused("CREATE TABLE smuggled (note TEXT)");
        assertRefused("DELETE FROM databasechangelog");
    }

    @Test
    void the_apps_role_can_neither_set_an_accounts_security_stamp_nor_switch_off_the_trigger_that_moves_it() {
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-liaison'", Long.class);
        long stamp = jdbc.queryForObject("SELECT security_stamp FROM user_account WHERE id = ?", Long.class, id);
        jdbc.update("UPDATE user_account SET security_stamp = security_stamp + 100 WHERE id = ?", id);
        assertThat(jdbc.queryForObject("SELECT security_stamp FROM user_account WHERE id = ?", Long.class, id))
                .isEqualTo(stamp);
        assertRefused("ALTER TABLE user_account DISABLE TRIGGER user_account_security_stamp_trg");
    }

    @Test
    void the_owner_still_meets_the_append_only_trigger() {
        assertThatThrownBy(() -> new JdbcTemplate(owner).update("UPDATE audit_event SET actor = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void a_connection_with_a_wrong_password_or_none_is_refused() {
        String url = database.jdbcUrl();
        for (String role : new String[] {"postgres", "liaison_app"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "wrong-password")
                            .close())
                    .as(role)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "").close())
                    .as(role + " without a password")
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void the_passwords_are_kept_in_the_data_directory_readable_by_its_owner_only() throws Exception {
        var file = Path.of(new JdbcTemplate(owner).queryForObject("SHOW data_directory", String.class))
                .resolve(EmbeddedPasswords.FILE);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(EmbeddedPasswords.OWNER_ONLY);
        assertThat(Files.readString(file))
                .contains("app=" + database.passwords().app());
    }

    private void assertRefused(String statement) {
        assertThatThrownBy(() -> jdbc.execute(statement))
                .as(statement)
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(sqlState(e)).as(statement).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
