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
import java.util.List;
import java.util.NoSuchElementException;
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
final class CsvSheet implements Sheet {

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private int number;

    private CsvSheet(CSVParser parser) {
        this.parser = parser;
        this.records = parser.iterator();
        List<String> first = null;
        while (first == null && hasNextRecord()) {
            var row = toRow(nextRecord());
            if (!row.isBlank()) {
                first = row.cells().stream().map(String::strip).toList();
            }
        }
        if (first == null) {
            throw new ImportFileException("import.file.empty");
        }
        this.header = first;
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

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public Iterator<SheetRow> rows() {
        return new Iterator<>() {
            private @Nullable SheetRow ahead;
            private int count;

            @Override
            public boolean hasNext() {
                while (ahead == null && hasNextRecord()) {
                    var row = toRow(nextRecord());
                    if (!row.isBlank()) {
                        if (++count > ImportLimits.MAX_ROWS) {
                            throw new ImportFileException("import.file.too-many-rows", ImportLimits.MAX_ROWS);
                        }
                        ahead = row;
                    }
                }
                return ahead != null;
            }

            @Override
            public SheetRow next() {
                if (!hasNext() || ahead == null) {
                    throw new NoSuchElementException();
                }
                var row = ahead;
                ahead = null;
                return row;
            }
        };
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
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over; nothing to keep
        }
    }
}
