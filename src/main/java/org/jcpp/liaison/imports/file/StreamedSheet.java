package org.jcpp.liaison.imports.file;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jcpp.liaison.imports.ImportFileException;
import org.jcpp.liaison.imports.ImportLimits;
import org.jspecify.annotations.Nullable;

/**
 * A sheet read row after row from its file: the first non-blank row is the header, blank rows below it are left
 * out, and a file with more rows than {@link ImportLimits#MAX_ROWS} is refused while it is read. A subclass gives
 * the file's rows one at a time.
 */
abstract class StreamedSheet implements Sheet {

    private @Nullable List<String> header;

    /** The file's next row, blank or not; null after the last. */
    protected abstract @Nullable SheetRow nextRow();

    /** Reads up to the header row: called once, by the subclass's constructor, when it can read rows. */
    protected final void readHeader() {
        for (SheetRow row = nextRow(); row != null; row = nextRow()) {
            if (!row.isBlank()) {
                header = row.cells().stream().map(String::strip).toList();
                return;
            }
        }
        throw new ImportFileException("import.file.empty");
    }

    @Override
    public List<String> header() {
        if (header == null) {
            throw new IllegalStateException("the header is read when the sheet opens");
        }
        return header;
    }

    @Override
    public Iterator<SheetRow> rows() {
        return new Iterator<>() {
            private @Nullable SheetRow ahead;
            private int count;

            @Override
            public boolean hasNext() {
                while (ahead == null) {
                    SheetRow row = nextRow();
                    if (row == null) {
                        return false;
                    }
                    if (!row.isBlank()) {
                        if (++count > ImportLimits.MAX_ROWS) {
                            throw new ImportFileException("import.file.too-many-rows", ImportLimits.MAX_ROWS);
                        }
                        ahead = row;
                    }
                }
                return true;
            }

            @Override
            public SheetRow next() {
                if (!hasNext() || ahead == null) {
                    throw new NoSuchElementException();
                }
                var row = ahead;
                ahead = null;
                return row;
            }
        };
    }
}
