package org.jcpp.liaison.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jcpp.liaison.imports.ImportFileException;
import org.jcpp.liaison.imports.ImportLimits;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file read with Apache Commons CSV, in the encoding its bytes show ({@link TextEncoding}) and with the
 * delimiter its header line uses most (comma, semicolon, tab or bar, outside quotes). Row numbers are the spreadsheet
 * program's: a blank line is a row, a cell with line breaks stays in its row.
 */
final class CsvSheet extends StreamedSheet {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private int number;

    private CsvSheet(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        readHeader();
    }

    static Sheet open(Path file) {
        var encoding = TextEncoding.of(file);
        char delimiter = delimiter(file, encoding);
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(encoding.markLength());
            Reader reader = new InputStreamReader(in, encoding.charset());
            var format = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .setIgnoreSurroundingSpaces(false)
                    .get();
            return new CsvSheet(
                    CSVParser.builder().setReader(reader).setFormat(format).get());
        } catch (IOException | UncheckedIOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    /** The delimiter the first non-blank line uses most, outside quotes; a comma when it has none. */
    static char delimiter(Path file, TextEncoding encoding) {
        String line = firstLine(file, encoding);
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == candidate && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String firstLine(Path file, TextEncoding encoding) {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.markLength());
            String text = new String(in.readNBytes(64 * 1024), encoding.charset());
            for (String line : text.split("\r\n|\n|\r", -1)) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return "";
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    private boolean hasNextRecord() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            // an unclosed quote runs to the end of the file; Commons CSV says so with the line it began on
            throw new ImportFileException("import.file.bad-quotes", number + 1);
        }
    }

    private CSVRecord nextRecord() {
        try {
            return records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ImportFileException("import.file.bad-quotes", number + 1);
        }
    }

    private SheetRow toRow(CSVRecord record) {
        number++;
        if (record.size() > ImportLimits.MAX_COLUMNS) {
            throw new ImportFileException("import.file.too-many-columns", ImportLimits.MAX_COLUMNS);
        }
        var cells = new ArrayList<String>(record.size());
        long length = 0;
        for (String value : record) {
            length += value.length();
            cells.add(value);
        }
        if (length > ImportLimits.MAX_ROW_CHARS) {
            throw new ImportFileException("import.file.row-too-long", number);
        }
        return new SheetRow(number, cells);
    }

    @Override
    protected @Nullable SheetRow nextRow() {
        return hasNextRecord() ? toRow(nextRecord()) : null;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over; nothing to keep
        }
    }
}
