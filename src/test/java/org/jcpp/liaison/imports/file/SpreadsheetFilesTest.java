package org.jcpp.liaison.imports.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jcpp.liaison.imports.ImportFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetFilesTest {

    @TempDir
    Path dir;

    @Test
    void a_utf8_csv_with_a_byte_order_mark_semicolons_and_blank_lines_is_read_with_spreadsheet_row_numbers()
            throws IOException {
        byte[] text = "Fecha;Ciudad;Idioma\n3/4/2019;Brooklyn Park;Español\n\n5/6/2019;\"Richfield; MN\";Somali\n"
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("a.csv");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));
        try (Sheet sheet = SpreadsheetFiles.open(file)) {
            assertThat(sheet.header()).containsExactly("Fecha", "Ciudad", "Idioma");
            var rows = read(sheet);
            assertThat(rows)
                    .containsExactly(
                            new SheetRow(2, List.of("3/4/2019", "Brooklyn Park", "Español")),
                            new SheetRow(4, List.of("5/6/2019", "Richfield; MN", "Somali")));
        }
    }

    @Test
    void a_windows_csv_is_read_as_windows_1252_and_a_utf16_one_by_its_mark() throws IOException {
        Path windows = dir.resolve("w.csv");
        Files.write(windows, "City,Language\r\nBrooklyn Park,Español\r\n".getBytes(Charset.forName("windows-1252")));
        try (Sheet sheet = SpreadsheetFiles.open(windows)) {
            assertThat(read(sheet).get(0).cells()).containsExactly("Brooklyn Park", "Español");
        }
        Path utf16 = dir.resolve("u.csv");
        Files.write(
                utf16,
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        "City\tLanguage\nHopkins\tSomalí\n".getBytes(StandardCharsets.UTF_16LE)));
        try (Sheet sheet = SpreadsheetFiles.open(utf16)) {
            assertThat(sheet.header()).containsExactly("City", "Language");
            assertThat(read(sheet).get(0).cells()).containsExactly("Hopkins", "Somalí");
        }
    }

    @Test
    void a_csv_mixing_utf8_and_windows_lines_is_refused_with_the_first_line_that_is_not_utf8() throws IOException {
        Path file = dir.resolve("m.csv");
        Files.write(
                file,
                concat(
                        "City,Language\nHopkins,Somalí\n".getBytes(StandardCharsets.UTF_8),
                        "Richfield,Español\n".getBytes(Charset.forName("windows-1252"))));
        assertThatThrownBy(() -> SpreadsheetFiles.open(file)).isInstanceOfSatisfying(ImportFileException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.file.mixed-encodings");
            assertThat(e.argument()).isEqualTo("3");
        });
    }

    @Test
    void an_empty_file_a_picture_an_old_or_protected_workbook_and_a_zip_that_is_no_workbook_are_refused()
            throws IOException {
        assertRefused(Files.write(dir.resolve("e.csv"), new byte[0]), "import.file.empty");
        assertRefused(Files.write(dir.resolve("blank.csv"), "\n\n  \n".getBytes()), "import.file.empty");
        assertRefused(
                Files.write(dir.resolve("p.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0}),
                "import.file.not-spreadsheet");
        assertRefused(
                Files.write(dir.resolve("x.xlsx"), new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                }),
                "import.file.protected-or-xls");
        Path zip = dir.resolve("z.xlsx");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            out.write("<w/>".getBytes());
            out.closeEntry();
        }
        assertRefused(zip, "import.file.not-spreadsheet");
    }

    @Test
    void a_quotation_mark_never_closed_is_refused_with_the_row_it_opens_on() throws IOException {
        Path file = Files.writeString(
                dir.resolve("q.csv"), "Date,City,Notes\n3/4/2019,Hopkins,ok\n3/5/2019,Hopkins,\"never closed\n");
        try (Sheet sheet = SpreadsheetFiles.open(file)) {
            assertThatThrownBy(() -> read(sheet)).isInstanceOfSatisfying(ImportFileException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("import.file.bad-quotes");
                assertThat(e.argument()).isEqualTo("3");
            });
        }
    }

    @Test
    void a_header_only_file_has_no_rows() throws IOException {
        Path file = Files.write(dir.resolve("h.csv"), "Date,City\n\n".getBytes());
        try (Sheet sheet = SpreadsheetFiles.open(file)) {
            assertThat(sheet.rows().hasNext()).isFalse();
        }
    }

    @Test
    void more_rows_than_the_limit_and_a_row_of_a_megabyte_are_refused_while_reading() throws IOException {
        var many = new StringBuilder("Date\n");
        many.append("1\n".repeat(200_001));
        Path file = Files.writeString(dir.resolve("many.csv"), many);
        try (Sheet sheet = SpreadsheetFiles.open(file)) {
            assertThatThrownBy(() -> read(sheet))
                    .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey())
                            .isEqualTo("import.file.too-many-rows"));
        }
        Path wide = Files.writeString(dir.resolve("wide.csv"), "Date,Notes\n1,ok\n2," + "x".repeat(1_000_000) + "\n");
        try (Sheet sheet = SpreadsheetFiles.open(wide)) {
            assertThatThrownBy(() -> read(sheet)).isInstanceOfSatisfying(ImportFileException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("import.file.row-too-long");
                assertThat(e.argument()).isEqualTo("3");
            });
        }
    }

    @Test
    void an_xlsx_is_read_with_numbers_as_written_and_formulas_as_their_stored_values_never_evaluated()
            throws IOException {
        Path written = TestWorkbooks.write(
                dir.resolve("w.xlsx"),
                List.of(
                        List.of("Date", "City", "People"),
                        List.of(43528, "Hopkins", 3),
                        List.of("3/5/2019", "Crystal", 12)));
        try (Sheet sheet = SpreadsheetFiles.open(written)) {
            assertThat(sheet.header()).containsExactly("Date", "City", "People");
            assertThat(read(sheet))
                    .containsExactly(
                            new SheetRow(2, List.of("43528", "Hopkins", "3")),
                            new SheetRow(3, List.of("3/5/2019", "Crystal", "12")));
        }
        Path formulas = TestWorkbooks.withSheetData(
                dir.resolve("f.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>City</t></is></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><t>People</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"str\"><f>HYPERLINK(\"http://example.com\",\"Hopkins\")</f>"
                        + "<v>Hopkins (stored)</v></c><c r=\"B2\"><f>1+1</f><v>5</v></c></row>");
        try (Sheet sheet = SpreadsheetFiles.open(formulas)) {
            assertThat(read(sheet)).containsExactly(new SheetRow(2, List.of("Hopkins (stored)", "5")));
        }
    }

    @Test
    void a_zip_bomb_dressed_as_xlsx_is_refused_before_it_is_read() throws IOException {
        byte[] sheet = new byte[64 * 1024 * 1024];
        java.util.Arrays.fill(sheet, (byte) ' ');
        Path bomb = TestWorkbooks.withSheet(dir.resolve("bomb.xlsx"), sheet);
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        assertRefused(bomb, "import.file.zip-bomb");
    }

    private static void assertRefused(Path file, String messageKey) {
        assertThatThrownBy(() -> SpreadsheetFiles.open(file).close())
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.messageKey())
                        .isEqualTo(messageKey));
    }

    private static List<SheetRow> read(Sheet sheet) {
        var rows = new ArrayList<SheetRow>();
        sheet.rows().forEachRemaining(rows::add);
        return rows;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
