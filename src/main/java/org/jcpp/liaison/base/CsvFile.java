package org.jcpp.liaison.base;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file for spreadsheet programs: UTF-8 with a byte-order mark (so accents survive), RFC 4180 quoting of commas,
 * quotes and line breaks (Apache Commons CSV).
 */
public final class CsvFile {

    private CsvFile() {}

    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\ufeff');
            csv.printRecord(header);
            for (List<?> row : rows) {
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
