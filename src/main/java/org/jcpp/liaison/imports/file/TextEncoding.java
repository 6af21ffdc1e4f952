package org.jcpp.liaison.imports.file;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcpp.liaison.imports.ImportFileException;

/**
 * The encoding of a CSV file, found from its bytes: a byte-order mark (UTF-8, UTF-16) says it; otherwise a file whose
 * every byte sequence is valid UTF-8 is UTF-8, and one with no UTF-8 sequence at all is Windows-1252 (what Excel
 * writes as "CSV" on Windows; it covers Latin-1). A file with both (some lines saved in one, some in the other) is
 * refused: guessing would garble names of places and languages silently.
 */
record TextEncoding(Charset charset, int markLength) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextEncoding of(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(4);
            byte[] mark = in.readNBytes(3);
            in.reset();
            if (mark.length >= 3 && (mark[0] & 0xFF) == 0xEF && (mark[1] & 0xFF) == 0xBB && (mark[2] & 0xFF) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, 3);
            }
            if (mark.length >= 2 && (mark[0] & 0xFF) == 0xFF && (mark[1] & 0xFF) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2);
            }
            if (mark.length >= 2 && (mark[0] & 0xFF) == 0xFE && (mark[1] & 0xFF) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2);
            }
            return scan(in);
        } catch (IOException e) {
            throw new ImportFileException("import.file.unreadable");
        }
    }

    /** Reads the bytes once: counts valid multi-byte UTF-8 sequences and invalid bytes, with the first line of each. */
    private static TextEncoding scan(InputStream in) throws IOException {
        int line = 1;
        int firstUtf8Line = 0;
        int firstOtherLine = 0;
        int pending = 0; // continuation bytes still expected
        int b;
        while ((b = in.read()) != -1) {
            if (pending > 0) {
                if ((b & 0xC0) == 0x80) {
                    pending--;
                    if (pending == 0 && firstUtf8Line == 0) {
                        firstUtf8Line = line;
                    }
                    continue;
                }
                pending = 0;
                if (firstOtherLine == 0) {
                    firstOtherLine = line;
                }
            }
            if (b == '\n') {
                line++;
            } else if (b >= 0x80) {
                if (b >= 0xC2 && b <= 0xDF) {
                    pending = 1;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    pending = 2;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    pending = 3;
                } else if (firstOtherLine == 0) {
                    firstOtherLine = line;
                }
            }
            if (firstUtf8Line > 0 && firstOtherLine > 0) {
                throw new ImportFileException("import.file.mixed-encodings", firstOtherLine);
            }
        }
        if (pending > 0 && firstOtherLine == 0) {
            firstOtherLine = line;
        }
        if (firstUtf8Line > 0 && firstOtherLine > 0) {
            throw new ImportFileException("import.file.mixed-encodings", firstOtherLine);
        }
        return new TextEncoding(firstOtherLine > 0 ? WINDOWS_1252 : StandardCharsets.UTF_8, 0);
    }
}
