package org.jcpp.liaison.datapractices;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text_and_quoting_survives() throws Exception {
        byte[] csv = CsvFile.write(
                List.of("Title", "People"),
                List.of(List.of("=HYPERLINK(\"http://x\")", "12"), List.of("Fête, \"ñ\"\nline two", "-3")));
        var records = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(records.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(records.get(2).get(0)).isEqualTo("Fête, \"ñ\"\nline two");
        assertThat(records.get(2).get(1)).isEqualTo("'-3");
    }
}
