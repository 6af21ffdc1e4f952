package org.jcpp.liaison.imports.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.imports.ColumnMapping;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.ProblemKind;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of a file into what a form of the app would send (its {@code *Data} record), or into the problems that
 * stop it: a date that cannot be read, a value no list entry answers, a number that is not one. The rules of the
 * record itself are not here: the row is then checked by its module, as a form is. A subclass reads one kind of
 * record; the cell helpers, and the problems of a row, are shared.
 */
public abstract class RowReader<D> {

    /** The outcome for one row: the record as read, or why not. */
    public record Read<D>(@Nullable D data, List<ImportProblem> problems) {}

    protected final List<String> header;
    protected final ColumnMapping mapping;
    private final Map<ImportField, ValueMatcher> matchers;
    private final DateReading dates;
    private final Set<Integer> personal;

    protected RowReader(
            List<String> header,
            ColumnMapping mapping,
            Map<ImportField, ValueMatcher> matchers,
            DateReading dates,
            Set<Integer> personal) {
        this.header = header;
        this.mapping = mapping;
        this.matchers = matchers;
        this.dates = dates;
        this.personal = personal;
    }

    public abstract Read<D> read(SheetRow row);

    /** The field a record component the module's rules refused was read from; null when no column gives it. */
    protected abstract @Nullable ImportField fieldOf(String component);

    /** The record's free texts, by the field each came from, for the status-wording check. */
    public abstract Map<ImportField, String> texts(D data);

    /** The problem of a record component the module's rules refused, at the column it was read from. */
    public ImportProblem refused(SheetRow row, String component, String messageKey) {
        ImportField field = fieldOf(component);
        if (field == null || mapping.columnOf(field) == null) {
            return new ImportProblem(row.number(), ProblemKind.ERROR, "", "", messageKey, "", cells(row));
        }
        return problem(row, field, messageKey, "");
    }

    /** A row that holds the same record as a stored one or an earlier row ({@code firstRow}, 0 for a stored one). */
    public ImportProblem duplicate(SheetRow row, int firstRow) {
        return new ImportProblem(
                row.number(),
                ProblemKind.DUPLICATE,
                "",
                "",
                firstRow == 0 ? "import.duplicate.stored" : "import.duplicate.row",
                firstRow == 0 ? "" : Integer.toString(firstRow),
                cells(row));
    }

    /** A row whose free text reads like a record of status, listed for the user to review. */
    public ImportProblem review(SheetRow row, ImportField field, List<String> words) {
        // the flagged text itself is not kept (it is what the app must not record): the words found point to it
        var cells = cells(row);
        Integer column = mapping.columnOf(field);
        if (column != null && column < cells.size()) {
            cells.set(column, "");
        }
        return new ImportProblem(
                row.number(),
                ProblemKind.REVIEW,
                columnName(field),
                "",
                "import.review.wording",
                String.join(", ", words),
                cells);
    }

    /** The row's cells as kept for the file of problems: a personal column's are never kept. */
    public List<String> cells(SheetRow row) {
        var cells = new ArrayList<String>(header.size());
        for (int i = 0; i < header.size(); i++) {
            String cell = row.cell(i);
            cells.add(personal.contains(i) ? "" : cell.length() <= KEPT ? cell : cell.substring(0, KEPT));
        }
        return cells;
    }

    /** The longest cell kept of a problem row: enough to find and fix it, not a copy of a long text. */
    private static final int KEPT = org.jcpp.liaison.imports.ImportLimits.MAX_VALUE_KEPT;

    public String columnName(ImportField field) {
        Integer column = mapping.columnOf(field);
        return column == null || column >= header.size() ? "" : header.get(column);
    }

    public String cell(SheetRow row, ImportField field) {
        Integer column = mapping.columnOf(field);
        return column == null ? "" : row.cell(column);
    }

    /** The moment a date column (and a time column, when mapped) gives; a problem at the column at fault when not. */
    protected @Nullable LocalDateTime when(
            SheetRow row, ImportField dateField, @Nullable ImportField timeField, List<ImportProblem> problems) {
        String day = cell(row, dateField);
        if (day.isBlank()) {
            problems.add(problem(row, dateField, "validation.required", ""));
            return null;
        }
        String time = timeField == null || mapping.columnOf(timeField) == null ? null : cell(row, timeField);
        var read = dates.read(day, time);
        if (read.isEmpty()) {
            boolean timeAtFault =
                    time != null && !time.isBlank() && dates.read(day, null).isPresent();
            problems.add(
                    timeAtFault
                            ? problem(row, java.util.Objects.requireNonNull(timeField), "import.time.unreadable", "")
                            : problem(row, dateField, "import.date.unreadable", ""));
            return null;
        }
        return read.get();
    }

    /** The moment a date column and another time column give, when that time column is mapped and filled. */
    protected Optional<LocalDateTime> at(SheetRow row, ImportField dateField, ImportField timeField) {
        String time = cell(row, timeField);
        if (mapping.columnOf(timeField) == null || time.isBlank()) {
            return Optional.empty();
        }
        return dates.read(cell(row, dateField), time);
    }

    protected Optional<String> one(SheetRow row, ImportField field, List<ImportProblem> problems) {
        String value = cell(row, field).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(key(row, field, value, problems));
    }

    protected Set<Long> many(SheetRow row, ImportField field, List<ImportProblem> problems) {
        var ids = new LinkedHashSet<Long>();
        for (String entry : ValueMatcher.entries(matchers.get(field), cell(row, field))) {
            String key = key(row, field, entry, problems);
            if (key != null) {
                ids.add(Long.valueOf(key));
            }
        }
        return ids;
    }

    protected @Nullable String key(SheetRow row, ImportField field, String value, List<ImportProblem> problems) {
        var matcher = matchers.get(field);
        if (matcher == null) {
            throw new IllegalStateException("no list for " + field);
        }
        var match = matcher.match(value);
        if (match.quality() == ValueMatcher.Quality.EXACT || match.quality() == ValueMatcher.Quality.LOOSE) {
            return match.key();
        }
        String answer = mapping.answer(field, Folding.fold(value));
        if (answer != null && !answer.isEmpty()) {
            return answer;
        }
        problems.add(problem(row, field, "import.value.unknown", value));
        return null;
    }

    protected Optional<Integer> number(SheetRow row, ImportField field, List<ImportProblem> problems) {
        String value = cell(row, field);
        if (value.isBlank()) {
            return Optional.empty();
        }
        var number = CellValues.wholeNumber(value);
        if (number.isEmpty()) {
            problems.add(problem(row, field, "import.number.unreadable", ""));
        }
        return number;
    }

    protected Optional<java.math.BigDecimal> decimal(SheetRow row, ImportField field, List<ImportProblem> problems) {
        String value = cell(row, field);
        if (value.isBlank()) {
            return Optional.empty();
        }
        var number = CellValues.decimal(value);
        if (number.isEmpty()) {
            problems.add(problem(row, field, "import.decimal.unreadable", ""));
        }
        return number;
    }

    protected boolean yesNo(SheetRow row, ImportField field, List<ImportProblem> problems) {
        var read = CellValues.yesNo(cell(row, field));
        if (read.isEmpty()) {
            problems.add(problem(row, field, "import.yes-no.unreadable", ""));
            return false;
        }
        return read.get();
    }

    protected String text(SheetRow row, ImportField field) {
        return cell(row, field).strip();
    }

    protected ImportProblem problem(SheetRow row, ImportField field, String messageKey, String argument) {
        return new ImportProblem(
                row.number(), ProblemKind.ERROR, columnName(field), cell(row, field), messageKey, argument, cells(row));
    }
}
