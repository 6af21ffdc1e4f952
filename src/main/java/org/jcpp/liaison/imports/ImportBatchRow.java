package org.jcpp.liaison.imports;

import java.time.Instant;

/** One line of the list of imports. */
public record ImportBatchRow(
        long id,
        ImportKind kind,
        String fileName,
        ImportStatus status,
        Instant createdAt,
        int rowsTotal,
        int imported) {}
