package org.jcpp.liaison.imports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.base.ui.Narrow;
import org.jcpp.liaison.base.ui.PagedLists;
import org.jcpp.liaison.imports.ImportBatchRow;
import org.jcpp.liaison.imports.ImportFileException;
import org.jcpp.liaison.imports.ImportKind;
import org.jcpp.liaison.imports.ImportLimits;
import org.jcpp.liaison.imports.ImportService;

/**
 * Bring the past in: choose what the file holds, upload a CSV or .xlsx, and go on to its mapping. Below, the user's
 * imports, newest first (paged in the database). A file that cannot be read is refused next to the upload.
 */
@Route("imports")
@Menu(order = 7, icon = "vaadin:upload", title = "nav.imports")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR, Roles.ADMIN})
class ImportListView extends VerticalLayout implements HasDynamicTitle {

    final Select<ImportKind> kind = new Select<>();
    final Upload upload;
    final Span uploadError = new Span();
    final Grid<ImportBatchRow> grid = new Grid<>(ImportBatchRow.class, false);
    final Span total = new Span();

    private final ImportService imports;

    ImportListView(ImportService imports) {
        this.imports = imports;
        addClassName("import-list-view");
        setSizeFull();
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> uploaded(metadata.fileName(), file)));
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));
        add(uploadArea(), total, list());
    }

    private VerticalLayout uploadArea() {
        kind.setLabel(getTranslation("import.kind"));
        var kinds = imports.kinds();
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> Formats.enumLabel(this, k));
        kind.setValue(kinds.getFirst());
        kind.setWidth("26rem");
        kind.setMaxWidth("100%");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportLimits.MAX_BYTES);
        upload.setAcceptedFileTypes(
                ".csv",
                ".xlsx",
                ".txt",
                "text/csv",
                "text/plain",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(getTranslation("import.upload.button"))
                        .setMany(getTranslation("import.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(getTranslation("import.drop"))
                        .setMany(getTranslation("import.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("import.upload.one-file"))
                        .setFileIsTooBig(getTranslation("import.file.too-big", ImportLimits.MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("import.file.not-spreadsheet"))));
        upload.getElement().setAttribute("aria-label", getTranslation("import.file"));
        upload.addFileRejectedListener(e -> showError(getTranslation("import.file.rejected", e.getErrorMessage())));
        uploadError.addClassName("field-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.getStyle().set("color", "var(--lumo-error-text-color)");
        uploadError.setVisible(false);
        var hint = new Span(getTranslation("import.file.hint", ImportLimits.MAX_BYTES / (1024 * 1024)));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var area = new VerticalLayout(kind, upload, hint, uploadError);
        area.setPadding(false);
        area.setSpacing(false);
        area.getStyle().set("gap", "var(--lumo-space-s)");
        return area;
    }

    private Grid<ImportBatchRow> list() {
        grid.addColumn(ImportBatchRow::fileName)
                .setHeader(getTranslation("import.file-name"))
                .setFlexGrow(3);
        grid.addColumn(row -> Formats.enumLabel(this, row.status()))
                .setHeader(getTranslation("import.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> rowsText(row))
                .setHeader(getTranslation("import.rows"))
                .setFlexGrow(1);
        grid.addColumn(row -> Formats.dateTime(
                        java.time.LocalDateTime.ofInstant(row.createdAt(), java.time.ZoneId.systemDefault())))
                .setHeader(getTranslation("import.uploaded"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var compact = grid.addColumn(com.vaadin.flow.data.renderer.LitRenderer.<ImportBatchRow>of(
                                "<div class='two-line'><strong>${item.file}</strong><span>${item.details}</span></div>")
                        .withProperty("file", ImportBatchRow::fileName)
                        .withProperty(
                                "details",
                                row -> rowsText(row).isEmpty()
                                        ? Formats.enumLabel(this, row.status())
                                        : Formats.enumLabel(this, row.status()) + " · " + rowsText(row)))
                .setHeader(getTranslation("import.file-name"));
        compact.setVisible(false);
        Narrow.whenNarrow(grid, () -> grid.getColumns().forEach(column -> column.setVisible(column == compact)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("import.empty"));
        PagedLists.page(grid, imports::list, imports::count, total, "import.total");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(ImportBatchView.class, e.getItem().id())));
        grid.setSizeFull();
        return grid;
    }

    /** How many rows the file had and how many came in; nothing yet while its columns are being mapped. */
    private String rowsText(ImportBatchRow row) {
        return row.status() == org.jcpp.liaison.imports.ImportStatus.MAPPING
                ? ""
                : getTranslation("import.rows.count", row.rowsTotal(), row.imported());
    }

    private void uploaded(String fileName, File file) {
        try {
            long id = imports.upload(kind.getValue(), fileName, file.toPath());
            uploadError.setVisible(false);
            getUI().ifPresent(ui -> ui.navigate(ImportBatchView.class, id));
        } catch (ImportFileException e) {
            showError(getTranslation(e.messageKey(), e.argument()));
        } finally {
            file.delete();
        }
    }

    private void showError(String text) {
        uploadError.setText(text);
        uploadError.setVisible(true);
        upload.clearFileList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
