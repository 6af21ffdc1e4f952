package org.jcpp.liaison.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jcpp.liaison.imports.ImportFileException;
import org.jcpp.liaison.imports.ImportLimits;
import org.jspecify.annotations.Nullable;

/**
 * The first visible sheet of an .xlsx workbook, streamed by the FastExcel reader. A formula cell is read as the value
 * Excel stored with it, never evaluated; a number as written (a date cell is its serial number, which the date rule
 * reads). Before it is opened, every part of the zip is unpacked once, counting, so that a zip bomb is refused
 * before the reader meets it.
 */
final class XlsxSheet extends StreamedSheet {

    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> source;
    private int lastNumber;

    private XlsxSheet(ReadableWorkbook workbook, Stream<Row> stream) {
        this.workbook = workbook;
        this.stream = stream;
        this.source = stream.iterator();
        readHeader();
    }

    static Sheet open(Path file) {
        guard(file);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
            var sheet = workbook.getSheets()
                    .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
                    .findFirst()
                    .orElseThrow(() -> new ImportFileException("import.file.empty"));
            return new XlsxSheet(workbook, sheet.openStream());
        } catch (IOException | ExcelReaderException | UncheckedIOException e) {
            closeQuietly(workbook);
            throw new ImportFileException("import.file.not-spreadsheet");
        } catch (RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
    }

    /**
     * Refuses a zip that is not a workbook, or that unpacks to more than {@link ImportLimits#MAX_UNPACKED_BYTES} or a
     * part more than {@link ImportLimits#MAX_PACKING_RATIO} times its packed size (counted while unpacking: the sizes
     * a zip states can lie).
     */
    static void guard(Path file) {
        try (var zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("xl/workbook.xml") == null) {
                throw new ImportFileException("import.file.not-spreadsheet");
            }
            long total = 0;
            byte[] buffer = new byte[1 << 16];
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                long packed = Math.max(entry.getCompressedSize(), 1);
                long unpacked = 0;
                boolean sharedStrings = entry.getName().equalsIgnoreCase("xl/sharedStrings.xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        unpacked += n;
                        total += n;
                        if (total > ImportLimits.MAX_UNPACKED_BYTES
                                || (unpacked > 1024 * 1024 && unpacked / packed > ImportLimits.MAX_PACKING_RATIO)
                                || (sharedStrings && unpacked > ImportLimits.MAX_SHARED_STRINGS_BYTES)) {
                            throw new ImportFileException("import.file.zip-bomb");
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new ImportFileException("import.file.not-spreadsheet");
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    @Override
    public boolean date1904() {
        return workbook.isDate1904();
    }

    private boolean sourceHasNext() {
        try {
            return source.hasNext();
        } catch (ExcelReaderException | UncheckedIOException e) {
            throw new ImportFileException("import.file.bad-row", lastNumber + 1);
        }
    }

    private Row sourceNext() {
        try {
            return source.next();
        } catch (ExcelReaderException | UncheckedIOException e) {
            throw new ImportFileException("import.file.bad-row", lastNumber + 1);
        }
    }

    private SheetRow toRow(Row row) {
        lastNumber = row.getRowNum();
        int size = row.getCellCount();
        if (size > ImportLimits.MAX_COLUMNS) {
            throw new ImportFileException("import.file.too-many-columns", ImportLimits.MAX_COLUMNS);
        }
        var cells = new ArrayList<String>(size);
        long length = 0;
        for (int i = 0; i < size; i++) {
            String value = text(row.getCell(i));
            length += value.length();
            cells.add(value);
        }
        if (length > ImportLimits.MAX_ROW_CHARS) {
            throw new ImportFileException("import.file.row-too-long", row.getRowNum());
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    /** A cell as text: a formula's stored value (never evaluated), a number as written, TRUE or FALSE. */
    private static String text(@Nullable Cell cell) {
        if (cell == null) {
            return "";
        }
        String raw =
                switch (cell.getType()) {
                    case STRING -> cell.asString();
                    case FORMULA, NUMBER, ERROR -> cell.getRawValue();
                    case BOOLEAN -> Boolean.TRUE.equals(cell.asBoolean()) ? "TRUE" : "FALSE";
                    case EMPTY -> "";
                };
        return raw == null ? "" : raw;
    }

    @Override
    protected @Nullable SheetRow nextRow() {
        return sourceHasNext() ? toRow(sourceNext()) : null;
    }

    @Override
    public void close() {
        stream.close();
        closeQuietly(workbook);
    }

    private static void closeQuietly(@Nullable ReadableWorkbook workbook) {
        if (workbook != null) {
            try {
                workbook.close();
            } catch (IOException e) {
                // reading is over
            }
        }
    }
}
