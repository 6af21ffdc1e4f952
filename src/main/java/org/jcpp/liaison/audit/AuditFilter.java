package org.jcpp.liaison.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Filters of the audit search; null means "any". The period is inclusive, in the program's time zone. */
public record AuditFilter(
        @Nullable String actor,
        @Nullable AuditAction action,
        @Nullable String recordType,
        @Nullable Long recordId,
        @Nullable Long personId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null, null, null);
}
