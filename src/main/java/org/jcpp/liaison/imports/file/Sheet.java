package org.jcpp.liaison.imports.file;

import java.util.Iterator;
import java.util.List;

/**
 * A spreadsheet opened for reading, row after row (never all of it in memory): the header row, then the rows below
 * it, blank ones left out. Reading refuses a file past the limits with an {@code ImportFileException}.
 */
public interface Sheet extends AutoCloseable {

    List<String> header();

    Iterator<SheetRow> rows();

    /** True for a workbook saved with Excel's 1904 date system: its date serial numbers count from 1904. */
    default boolean date1904() {
        return false;
    }

    @Override
    void close();
}
