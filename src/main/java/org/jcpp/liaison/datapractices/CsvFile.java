package org.jcpp.liaison.datapractices;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for spreadsheet programs: UTF-8 with a byte-order mark (so accents survive), RFC 4180 quoting of commas,
 * quotes and line breaks (Apache Commons CSV).
 */
public final class CsvFile {

    /** The most rows one export writes (the lists' filters narrow a larger one). */
    public static final int MAX_ROWS = 100_000;

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CsvFile() {}

    /** A date and time as spreadsheet programs read it: {@code 2026-11-25 09:30}. */
    public static String minutes(LocalDateTime at) {
        return MINUTES.format(at);
    }

    /**
     * A cell a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
     * leading apostrophe, so text typed by users is never run as a formula (CSV injection).
     */
    static Object inert(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    /** One column of an export: the i18n key of its header and the value of a row in it, bound together. */
    public record Column<R>(String headerKey, java.util.function.Function<R, ?> value) {}

    /** A column of an export ({@code column("need.category", row -> text.label(row.category()))}). */
    public static <R> Column<R> column(String headerKey, java.util.function.Function<R, ?> value) {
        return new Column<>(headerKey, value);
    }

    /** The rows under their columns: each header and each cell come from the one column list. */
    public static <R> byte[] write(List<Column<R>> columns, List<R> rows, ExportText text) {
        return write(
                text.header(columns.stream().map(Column::headerKey).toArray(String[]::new)),
                rows.stream()
                        .map(row -> columns.stream()
                                .map(c -> String.valueOf(c.value().apply(row)))
                                .toList())
                        .toList());
    }

    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\ufeff');
            csv.printRecord(header.stream().map(CsvFile::inert).toList());
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvFile::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
