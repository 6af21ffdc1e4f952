package org.jcpp.liaison.notifications;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mail in the admin's outbox: to whom (an account; the address until the body is cleared after 30 days), which list,
 * its state (PENDING, SENT, FAILED after its retries, HELD when no SMTP server is configured), tries and last error.
 */
public record OutboxRow(
        long id,
        long accountId,
        String list,
        @Nullable String recipient,
        @Nullable String subject,
        String status,
        int attempts,
        @Nullable String lastError,
        Instant createdAt,
        @Nullable Instant sentAt) {}
