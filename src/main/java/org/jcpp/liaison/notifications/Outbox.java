package org.jcpp.liaison.notifications;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jcpp.liaison.base.Roles;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The mail the app sends, kept as its sent-log: a mail is written once per dedupe key (a second run the same day
 * writes nothing), sent through the SMTP server Spring's {@code spring.mail.*} configures, retried with growing waits
 * (1, 5, 30 and 120 minutes) and then marked FAILED for the admins. With no SMTP server configured nothing is sent: the
 * mail is HELD, readable in the admin's Outbox. Bodies and addresses are cleared after {@link #KEEP_BODIES}.
 */
@Service
public class Outbox {

    public static final Duration KEEP_BODIES = Duration.ofDays(30);
    static final List<Duration> RETRIES =
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);
    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> smtp;
    private final UnsubscribeTokens tokens;
    private final MailProperties properties;
    private final Clock clock;

    Outbox(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> smtp,
            UnsubscribeTokens tokens,
            MailProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.smtp = smtp;
        this.tokens = tokens;
        this.properties = properties;
        this.clock = clock;
    }

    /** Says so at startup when mail would go out with links to this machine or from a made-up sender. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void checkSettings() {
        if (sends() && properties.link("").contains("://localhost")) {
            log.warn(
                    "Mail is sent, but LIAISON_BASE_URL is {}: its links and unsubscribe address will not work for"
                            + " people (set the address people open the app at, with https)",
                    properties.link(""));
        }
    }

    /** Whether an SMTP server is configured (else every mail is held, not sent). */
    public boolean sends() {
        return smtp.getIfAvailable() != null;
    }

    /** Writes a mail unless one with this key exists; true when it was written. */
    boolean enqueue(long accountId, MailList list, String dedupeKey, String recipient, Mail mail) {
        return jdbc.sql("""
                        INSERT INTO mail_message (account_id, list, dedupe_key, recipient, subject, html_body, text_body,
                                                  status, next_attempt_at, created_at)
                        VALUES (:account, :list, :key, :recipient, :subject, :html, :text, :status, :now, :now)
                        ON CONFLICT (dedupe_key) DO NOTHING
                        """)
                        .param("account", accountId)
                        .param("list", list.code())
                        .param("key", dedupeKey)
                        .param("recipient", recipient)
                        .param("subject", mail.subject())
                        .param("html", mail.html())
                        .param("text", mail.text())
                        .param("status", sends() ? "PENDING" : "HELD")
                        .param("now", Timestamp.from(clock.instant()))
                        .update()
                == 1;
    }

    /**
     * Sends the mail whose time has come; returns how many went. Each run claims its mail in one statement (SENDING,
     * {@code FOR UPDATE SKIP LOCKED}), so two instances never send the same one; a mail the person no longer wants is
     * cancelled; the run stops at the first failure (the relay is likely down: the rest waits, unclaimed).
     */
    int sendDue() {
        var sender = smtp.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        var now = clock.instant();
        var claimed = new java.util.ArrayList<>(jdbc.sql("""
                        UPDATE mail_message SET status = 'SENDING', next_attempt_at = :claimed
                        WHERE id IN (SELECT id FROM mail_message
                                     WHERE status = 'PENDING' AND next_attempt_at <= :now
                                     ORDER BY next_attempt_at, id LIMIT 50 FOR UPDATE SKIP LOCKED)
                        RETURNING id, account_id, list, recipient, subject, html_body, text_body, attempts
                        """)
                .param("now", Timestamp.from(now))
                .param("claimed", Timestamp.from(now))
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8)))
                .list());
        claimed.sort(java.util.Comparator.comparingLong(Due::id));
        int sent = 0;
        for (int i = 0; i < claimed.size(); i++) {
            var mail = claimed.get(i);
            if (!stillWanted(mail)) {
                setStatus(mail.id(), "CANCELLED");
                continue;
            }
            try {
                sender.send(message(sender, mail));
            } catch (Exception e) {
                failed(mail, e);
                claimed.subList(i + 1, claimed.size()).forEach(rest -> setStatus(rest.id(), "PENDING"));
                break;
            }
            // sent: if this write fails, the mail stays SENDING (shown to admins), never sent again
            jdbc.sql("UPDATE mail_message SET status = 'SENT', attempts = attempts + 1, sent_at = :now,"
                            + " next_attempt_at = NULL, last_error = NULL WHERE id = :id")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", mail.id())
                    .update();
            sent++;
        }
        return sent;
    }

    /** The person still wants this mail at this address: the list chosen, the account enabled. */
    private boolean stillWanted(Due mail) {
        String chosen =
                switch (MailList.ofCode(mail.list()).orElse(MailList.FOLLOW_UP_DIGEST)) {
                    case NEED_ASSIGNED -> "s.assigned_mail";
                    case CITY_DIGEST -> "s.city_digest";
                    case FOLLOW_UP_DIGEST -> "s.follow_up_digest <> 'OFF'";
                };
        return jdbc.sql("SELECT count(*) FROM mail_settings s JOIN user_account a ON a.id = s.account_id"
                                + " WHERE s.account_id = :account AND a.enabled AND s.email = :recipient AND "
                                + chosen)
                        .param("account", mail.accountId())
                        .param("recipient", mail.recipient())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void setStatus(long id, String status) {
        jdbc.sql("UPDATE mail_message SET status = :status WHERE id = :id")
                .param("status", status)
                .param("id", id)
                .update();
    }

    private void failed(Due mail, Exception e) {
        int attempts = mail.attempts() + 1;
        String error = String.valueOf(e.getMessage());
        error = error.length() > 500 ? error.substring(0, 500) : error;
        // a refused address will be refused again: no retries for it
        boolean giveUp = attempts > RETRIES.size() || permanent(e);
        log.warn(
                "Mail {} not sent (attempt {}): {}",
                mail.id(),
                attempts,
                e.getClass().getSimpleName());
        jdbc.sql("UPDATE mail_message SET status = :status, attempts = :attempts, last_error = :error,"
                        + " next_attempt_at = :next WHERE id = :id")
                .param("status", giveUp ? "FAILED" : "PENDING")
                .param("attempts", attempts)
                .param("error", error)
                .param("next", giveUp ? null : Timestamp.from(clock.instant().plus(RETRIES.get(attempts - 1))))
                .param("id", mail.id())
                .update();
    }

    /** The server refused the address (or it is not one): sending again would not help. */
    static boolean permanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.mail.SendFailedException || t instanceof jakarta.mail.internet.AddressException) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                for (Exception inner : send.getMessageExceptions()) {
                    if (inner != t && permanent(inner)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private MimeMessage message(JavaMailSender sender, Due mail) throws Exception {
        var message = sender.createMimeMessage();
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(java.util.Objects.requireNonNull(mail.recipient()));
        helper.setSubject(java.util.Objects.requireNonNull(mail.subject()));
        helper.setText(java.util.Objects.requireNonNull(mail.text()), java.util.Objects.requireNonNull(mail.html()));
        var list = MailList.ofCode(mail.list()).orElseThrow();
        // RFC 8058: a mail program's "unsubscribe" posts to this address, without a sign-in
        message.setHeader(
                "List-Unsubscribe",
                "<" + properties.link("mail/unsubscribe?t=" + tokens.token(mail.accountId(), list)) + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** Clears the bodies and addresses of mail made more than {@link #KEEP_BODIES} ago; the log rows stay. */
    int clearOldBodies() {
        // the last error goes too: a server's refusal usually repeats the address
        return jdbc.sql("UPDATE mail_message SET recipient = NULL, html_body = NULL, text_body = NULL,"
                        + " last_error = NULL WHERE created_at < :before AND (html_body IS NOT NULL"
                        + " OR text_body IS NOT NULL OR recipient IS NOT NULL OR last_error IS NOT NULL)"
                        + " AND status NOT IN ('PENDING', 'SENDING')")
                .param("before", Timestamp.from(clock.instant().minus(KEEP_BODIES)))
                .update();
    }

    /** One page of the outbox, newest first: one statement. */
    @PreAuthorize(ADMIN)
    public List<OutboxRow> rows(@Nullable String status, Pageable pageable) {
        return jdbc.sql("SELECT id, account_id, list, recipient, subject, status, attempts, last_error, created_at,"
                        + " sent_at FROM mail_message WHERE (CAST(:status AS VARCHAR) IS NULL OR status = :status)"
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("status", status)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, n) -> new OutboxRow(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .list();
    }

    @PreAuthorize(ADMIN)
    public long count(@Nullable String status) {
        return jdbc.sql(
                        "SELECT count(*) FROM mail_message WHERE (CAST(:status AS VARCHAR) IS NULL OR status = :status)")
                .param("status", status)
                .query(Long.class)
                .single();
    }

    /** The text of a mail, while it is kept (admins read what was sent or held): never a resident's data. */
    @PreAuthorize(ADMIN)
    public java.util.Optional<String> text(long id) {
        return jdbc.sql("SELECT text_body FROM mail_message WHERE id = :id AND text_body IS NOT NULL")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private record Due(
            long id,
            long accountId,
            String list,
            @Nullable String recipient,
            @Nullable String subject,
            @Nullable String html,
            @Nullable String text,
            int attempts) {}
}
