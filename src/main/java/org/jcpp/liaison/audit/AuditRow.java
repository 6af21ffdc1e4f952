package org.jcpp.liaison.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One audit entry as the admin views show it. {@code changes} is JSON: field → [old, new] for changes, field → value
 * for creations and deletions.
 */
public record AuditRow(
        long id,
        Instant at,
        String actor,
        AuditAction action,
        @Nullable String recordType,
        @Nullable Long recordId,
        @Nullable Long personId,
        @Nullable String changes,
        String detail) {}
