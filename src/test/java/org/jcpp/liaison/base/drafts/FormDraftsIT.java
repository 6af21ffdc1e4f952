package org.jcpp.liaison.base.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jcpp.liaison.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class FormDraftsIT {

    @Autowired
    FormDrafts drafts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_hourly_job_deletes_drafts_older_than_the_kept_days_and_keeps_the_others() {
        long user = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'demo-liaison'", Long.class);
        drafts.keep(user, "contacts/log?expiry-test=fresh", "{\"fields\":[]}", null);
        drafts.keep(user, "contacts/log?expiry-test=old", "{\"fields\":[]}", null);
        jdbc.update(
                "UPDATE form_draft SET saved_at = ? WHERE user_id = ? AND form_key = ?",
                Timestamp.from(Instant.now().minus(8, ChronoUnit.DAYS)),
                user,
                "contacts/log?expiry-test=old");
        assertThat(drafts.find(user, "contacts/log?expiry-test=old"))
                .as("never offered once too old")
                .isEmpty();

        jdbc.update("DELETE FROM shedlock WHERE name = 'form-drafts-expiry'");
        drafts.expire(); // as the scheduler calls it: through the lock

        assertThat(jdbc.queryForList(
                        "SELECT form_key FROM form_draft WHERE user_id = ? AND form_key LIKE '%expiry-test%'",
                        String.class, user))
                .containsExactly("contacts/log?expiry-test=fresh");
        drafts.drop(user, "contacts/log?expiry-test=fresh");
    }
}
