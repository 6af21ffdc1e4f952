package org.jcpp.liaison.imports.file;

import java.util.List;

/**
 * One row of a spreadsheet: its number as the spreadsheet program shows it (the header is row 1) and its cells as
 * text. A cell past the end of a short row reads as empty.
 */
public record SheetRow(int number, List<String> cells) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
