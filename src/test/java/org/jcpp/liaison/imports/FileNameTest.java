package org.jcpp.liaison.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameTest {

    @Test
    void a_file_name_keeps_no_folder_and_no_control_characters() {
        assertThat(ImportService.fileName("C:\\Users\\amina\\contacts 2019.xlsx"))
                .isEqualTo("contacts 2019.xlsx");
        assertThat(ImportService.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ImportService.fileName("a\u0000b.csv")).isEqualTo("ab.csv");
        assertThat(ImportService.fileName("/")).isEqualTo("file");
        assertThat(ImportService.fileName("x".repeat(300) + ".csv")).hasSize(255);
    }
}
