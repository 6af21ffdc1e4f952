package org.jcpp.liaison.imports.file;

import java.util.List;

/**
 * One row of a spreadsheet: its number as the spreadsheet program shows it (the header is row 1) and its cells as
 * text. A cell past the end of a short row reads as empty.
 */
public record SheetRow(int number, List<String> cells) {

    /** Control characters a spreadsheet may carry (a NUL, a form feed) are dropped; tabs and line breaks stay. */
    public SheetRow {
        cells = cells.stream().map(SheetRow::clean).toList();
    }

    static String clean(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                var kept = new StringBuilder(cell.length());
                cell.chars()
                        .filter(ch -> ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r')
                        .forEach(ch -> kept.append((char) ch));
                return kept.toString();
            }
        }
        return cell;
    }

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
