package org.jcpp.liaison.base.ui;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** An account made at a first sign-on, waiting for an admin: it opens its start page (which says so) and nothing else. */
@WithUserDetails(value = "pending-matrix", setupBefore = TestExecutionEvent.TEST_EXECUTION)
class RouteMatrixPendingIT extends RouteMatrix {

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The account as a first sign-on makes it, but with a (never used) password hash, so that the test's sign-in
     * finds it: a sign-on account has none, and the local sign-in refuses an account without one.
     */
    @BeforeEach
    void pendingAccount() {
        jdbc.update(
                "INSERT INTO user_account (username, display_name, password_hash, role) VALUES (?, ?, ?, 'PENDING')"
                        + " ON CONFLICT DO NOTHING",
                "pending-matrix",
                "Pending Person",
                "{bcrypt}$2a$10$unusedunusedunusedunuseduOq1nqo3eNQ4Jm2y6rW1lZ3p5Y3yK");
    }

    @Override
    String role() {
        return "PENDING";
    }
}
