package org.jcpp.liaison.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell: a person's notifications, newest first, read or not, kept {@link #KEEP} days. Written by the app (a need
 * assigned, the morning's follow-ups); each at most once (its dedupe key). A person reads and marks only their own.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    public static final Duration KEEP = Duration.ofDays(90);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final NotificationPush push;
    private final Clock clock;

    Notifications(JdbcClient jdbc, CurrentUser currentUser, NotificationPush push, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.push = push;
        this.clock = clock;
    }

    /** Writes one unless its key exists (in the caller's transaction); the person's open pages hear of it after. */
    @Transactional
    boolean write(
            long accountId,
            NotificationKind kind,
            @Nullable Long recordId,
            @Nullable NeedCategory category,
            @Nullable Long cityId,
            @Nullable Long byAccountId,
            String dedupeKey) {
        boolean written = jdbc.sql("""
                                INSERT INTO notification (account_id, kind, record_id, category, city_id, by_account_id,
                                                          dedupe_key, created_at)
                                VALUES (:account, :kind, :record, :category, :city, :by, :key, :now)
                                ON CONFLICT (dedupe_key) DO NOTHING
                                """)
                        .param("account", accountId)
                        .param("kind", kind.name())
                        .param("record", recordId)
                        .param("category", category == null ? null : category.name())
                        .param("city", cityId)
                        .param("by", byAccountId)
                        .param("key", dedupeKey)
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
        if (written) {
            push.afterCommit(accountId);
        }
        return written;
    }

    /** The signed-in person's notifications, newest first: one statement. */
    @PreAuthorize("isAuthenticated()")
    public List<NotificationRow> mine(Pageable pageable) {
        return jdbc.sql("SELECT id, kind, record_id, category, city_id, by_account_id, created_at, read_at IS NOT NULL"
                        + " FROM notification WHERE account_id = :me ORDER BY created_at DESC, id DESC"
                        + " LIMIT :limit OFFSET :offset")
                .param("me", currentUser.requireId())
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new NotificationRow(
                        rs.getLong(1),
                        NotificationKind.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3),
                        rs.getString(4) == null ? null : NeedCategory.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5),
                        (Long) rs.getObject(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getBoolean(8)))
                .list();
    }

    @PreAuthorize("isAuthenticated()")
    public long countMine() {
        return jdbc.sql("SELECT count(*) FROM notification WHERE account_id = :me")
                .param("me", currentUser.requireId())
                .query(Long.class)
                .single();
    }

    /** How many the signed-in person has not read: the bell's number. One statement (a partial index). */
    @PreAuthorize("isAuthenticated()")
    public long unread() {
        return jdbc.sql("SELECT count(*) FROM notification WHERE account_id = :me AND read_at IS NULL")
                .param("me", currentUser.requireId())
                .query(Long.class)
                .single();
    }

    /** Marks one of the person's own as read (another person's id changes nothing). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long id) {
        long me = currentUser.requireId();
        int changed = jdbc.sql(
                        "UPDATE notification SET read_at = :now WHERE id = :id AND account_id = :me AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("me", me)
                .update();
        if (changed > 0) {
            push.afterCommit(me); // the person's other pages show the new count
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        long me = currentUser.requireId();
        int changed = jdbc.sql("UPDATE notification SET read_at = :now WHERE account_id = :me AND read_at IS NULL")
                .param("now", Timestamp.from(clock.instant()))
                .param("me", me)
                .update();
        if (changed > 0) {
            push.afterCommit(me);
        }
    }

    /** Removes those older than {@link #KEEP}. */
    @Transactional
    int removeOld() {
        return jdbc.sql("DELETE FROM notification WHERE created_at < :before")
                .param("before", Timestamp.from(clock.instant().minus(KEEP)))
                .update();
    }
}
