package org.jcpp.liaison.imports;

import java.time.ZoneId;
import java.util.Set;
import org.jcpp.liaison.base.CachedRecordNames;
import org.jcpp.liaison.imports.domain.ImportBatchRepository;
import org.springframework.stereotype.Component;

/** An import is named by its file and the day it was uploaded ("contacts-2019.xlsx, 2026-12-02"), for the audit trail. */
@Component
class ImportBatchNames extends CachedRecordNames {

    ImportBatchNames(ImportBatchRepository batches) {
        super(Set.of("importBatchId"), (field, id) -> batches.findById(id)
                .map(b -> b.getFileName() + ", "
                        + b.getCreatedAt().atZone(ZoneId.systemDefault()).toLocalDate()));
    }
}
