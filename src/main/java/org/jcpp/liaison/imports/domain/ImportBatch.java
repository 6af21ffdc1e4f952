package org.jcpp.liaison.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.imports.ImportKind;
import org.jcpp.liaison.imports.ImportStatus;
import org.jspecify.annotations.Nullable;

/**
 * One spreadsheet brought in: what the file is called and holds, how its columns map, where it stands and what the
 * check or the import counted. The file itself stays on the node's disk ({@code fileToken}) until the import ends.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ImportKind kind;

    @Classified(DataClass.PUBLIC)
    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    /** The name of the uploaded file on the node's disk, while there is one. */
    @Classified(DataClass.PRIVATE)
    @Column(name = "file_token")
    private @Nullable String fileToken;

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status = ImportStatus.MAPPING;

    /**
     * The column mapping, as JSON ({@code ColumnMapping}). Its answers quote the file's values (what a partner or
     * topic cell said), so the audit trail keeps a fingerprint of it, not the text.
     */
    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    private String mapping = "{}";

    /** The file's header row, as a JSON list. */
    @Classified(DataClass.PUBLIC)
    @Column(nullable = false, updatable = false)
    private String columns = "[]";

    @Classified(DataClass.PUBLIC)
    @Column(name = "rows_total", nullable = false)
    private int rowsTotal;

    @Classified(DataClass.PUBLIC)
    @Column(name = "rows_ok", nullable = false)
    private int rowsOk;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int duplicates;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int errors;

    @Classified(DataClass.PUBLIC)
    @Column(name = "to_review", nullable = false)
    private int toReview;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int imported;

    /** Why the file could not be read to the end: a message key and its argument, "key|argument". */
    @Classified(DataClass.PUBLIC)
    @Column
    private @Nullable String failure;

    @Classified(DataClass.PUBLIC)
    @Column(name = "finished_at")
    private @Nullable Instant finishedAt;

    protected ImportBatch() {}

    @SuppressWarnings("NullAway.Init") // kind and file are set by start(...) before it is saved
    public ImportBatch(long createdBy) {
        this.createdBy = createdBy;
    }

    public void start(ImportKind kind, String fileName, String fileToken, String columns, String mapping) {
        this.kind = kind;
        this.fileName = fileName;
        this.fileToken = fileToken;
        this.columns = columns;
        this.mapping = mapping;
        this.status = ImportStatus.MAPPING;
    }

    /** The counts of a check or an import that read the whole file. */
    public void counted(ImportStatus status, int rowsTotal, int rowsOk, int duplicates, int errors, int toReview) {
        this.status = status;
        this.rowsTotal = rowsTotal;
        this.rowsOk = rowsOk;
        this.duplicates = duplicates;
        this.errors = errors;
        this.toReview = toReview;
        this.failure = null;
        this.finishedAt = Instant.now();
    }

    public void importedRows(int imported) {
        this.imported = imported;
    }

    public void failed(String messageKey, String argument) {
        this.status = ImportStatus.FAILED;
        this.failure = messageKey + "|" + argument;
        this.finishedAt = Instant.now();
    }

    public void fileGone() {
        this.fileToken = null;
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public @Nullable String getFileToken() {
        return fileToken;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public void setStatus(ImportStatus status) {
        this.status = status;
    }

    public String getMapping() {
        return mapping;
    }

    public void setMapping(String mapping) {
        this.mapping = mapping;
    }

    public String getColumns() {
        return columns;
    }

    public int getRowsTotal() {
        return rowsTotal;
    }

    public int getRowsOk() {
        return rowsOk;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public int getErrors() {
        return errors;
    }

    public int getToReview() {
        return toReview;
    }

    public int getImported() {
        return imported;
    }

    public @Nullable String getFailure() {
        return failure;
    }

    public @Nullable Instant getFinishedAt() {
        return finishedAt;
    }
}
