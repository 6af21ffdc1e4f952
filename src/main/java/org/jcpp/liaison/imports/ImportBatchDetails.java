package org.jcpp.liaison.imports;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A batch as its page shows it: the file, its header row (and which columns name people, never read), the mapping,
 * where it stands (with how many rows the background run has read so far) and what it counted.
 */
public record ImportBatchDetails(
        long id,
        long version,
        ImportKind kind,
        String fileName,
        ImportStatus status,
        List<String> header,
        Set<Integer> personalColumns,
        ColumnMapping mapping,
        int rowsDone,
        int rowsTotal,
        int rowsOk,
        int duplicates,
        int errors,
        int toReview,
        int imported,
        @Nullable String failureKey,
        String failureArgument,
        Instant createdAt,
        @Nullable Instant finishedAt,
        boolean fileAvailable) {

    /** The dry run's count of rows that would be imported (with the rows to review, when the user takes them). */
    public int willImport(boolean withReviewed) {
        return rowsOk + (withReviewed ? toReview : 0);
    }
}
