package org.jcpp.liaison.imports.domain;

import java.util.List;
import org.jcpp.liaison.imports.ImportBatchRow;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

    /** One page of a user's imports, newest first (import_batch_created_idx). */
    @Query("select new org.jcpp.liaison.imports.ImportBatchRow(b.id, b.kind, b.fileName, b.status, b.createdAt,"
            + " b.rowsTotal, b.imported) from ImportBatch b where b.createdBy = :createdBy"
            + " order by b.createdAt desc, b.id desc")
    List<ImportBatchRow> rows(long createdBy, Pageable pageable);

    long countByCreatedBy(Long createdBy);
}
