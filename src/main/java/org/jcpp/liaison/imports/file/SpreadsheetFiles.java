package org.jcpp.liaison.imports.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.jcpp.liaison.imports.ImportFileException;
import org.jcpp.liaison.imports.ImportLimits;

/**
 * Opens an uploaded file by what its bytes are, not by its name: an .xlsx workbook (a zip holding a workbook), a
 * password-protected workbook or an old .xls (both OLE2 files: refused with how to save it), or else text read as CSV.
 * Anything else (a picture, a PDF, another zip) is refused as not a spreadsheet. Empty files are refused.
 */
public final class SpreadsheetFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private SpreadsheetFiles() {}

    public static Sheet open(Path file) {
        byte[] head = head(file, 4096);
        try {
            if (Files.size(file) > ImportLimits.MAX_BYTES) {
                throw new ImportFileException("import.file.too-big", ImportLimits.MAX_BYTES / (1024 * 1024));
            }
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
        if (head.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (startsWith(head, ZIP)) {
            return XlsxSheet.open(file);
        }
        if (startsWith(head, OLE2)) {
            throw new ImportFileException("import.file.protected-or-xls");
        }
        if (looksBinary(head)) {
            throw new ImportFileException("import.file.not-spreadsheet");
        }
        return CsvSheet.open(file);
    }

    private static byte[] head(Path file, int length) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Text has no NUL bytes and few control characters, unless it is UTF-16 (which starts with its mark). */
    private static boolean looksBinary(byte[] head) {
        if (head.length >= 2
                && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return false;
        }
        int control = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                control++;
            }
        }
        return control > head.length / 20;
    }
}
