package org.jcpp.liaison.base.drafts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What users typed in forms and have not saved yet: one draft per user and form address, in the database (never in
 * the browser), readable only through the user it belongs to. Kept at most {@code liaison.drafts.keep-days} days.
 */
@Component
public class FormDrafts {

    private static final Logger log = LoggerFactory.getLogger(FormDrafts.class);

    /** A kept draft: the fields' values as JSON, and the version of the record being edited when it was kept. */
    public record Draft(
            String formKey, String payload, @Nullable Long recordVersion, Instant savedAt) {}

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration keep;

    FormDrafts(JdbcTemplate jdbc, Clock clock, DraftSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.keep = Duration.ofDays(settings.keepDays());
    }

    private static final RowMapper<Draft> DRAFT = (rs, i) -> new Draft(
            rs.getString(1),
            rs.getString(2),
            rs.getObject(3, Long.class),
            rs.getTimestamp(4).toInstant());

    public Optional<Draft> find(long userId, String formKey) {
        return jdbc
                .query(
                        "SELECT form_key, payload, record_version, saved_at FROM form_draft"
                                + " WHERE user_id = ? AND form_key = ? AND saved_at > ?",
                        DRAFT,
                        userId,
                        formKey,
                        Timestamp.from(oldestKept()))
                .stream()
                .findFirst();
    }

    public void keep(long userId, String formKey, String payload, @Nullable Long recordVersion) {
        jdbc.update("""
                INSERT INTO form_draft (user_id, form_key, payload, record_version, saved_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (user_id, form_key) DO UPDATE
                  SET payload = EXCLUDED.payload, record_version = EXCLUDED.record_version, saved_at = EXCLUDED.saved_at
                """, userId, formKey, payload, recordVersion, Timestamp.from(clock.instant()));
    }

    public void drop(long userId, String formKey) {
        jdbc.update("DELETE FROM form_draft WHERE user_id = ? AND form_key = ?", userId, formKey);
    }

    /** Drafts older than the kept days are removed (hourly, once across all app instances). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @SchedulerLock(name = "form-drafts-expiry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    public void expire() {
        removeExpired(); // a locked job returns nothing (ShedLock refuses a method with a result)
    }

    /** Removes the drafts older than the kept days; returns how many. */
    public int removeExpired() {
        int removed = jdbc.update("DELETE FROM form_draft WHERE saved_at <= ?", Timestamp.from(oldestKept()));
        if (removed > 0) {
            log.info("Removed {} unsaved form drafts older than {} days", removed, keep.toDays());
        }
        return removed;
    }

    private Instant oldestKept() {
        return clock.instant().minus(keep);
    }
}
