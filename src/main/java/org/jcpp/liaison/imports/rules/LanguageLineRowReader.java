package org.jcpp.liaison.imports.rules;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jcpp.liaison.imports.ColumnMapping;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.ProblemKind;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jcpp.liaison.languageaccess.LanguageLineCall;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of an interpreter vendor's usage report into a call ({@link LanguageLineCall}): the day, the department
 * its account is mapped to, the language (by name or code, in any interface language), the minutes (a number or
 * minutes:seconds) and the cost (none: 0). Any other column, a caller's name above all, is never read.
 */
public final class LanguageLineRowReader extends RowReader<LanguageLineCall> {

    private final Function<String, Optional<Long>> departmentOf;

    /** {@code departmentOf} finds the department an account of the report is mapped to. */
    public LanguageLineRowReader(
            List<String> header,
            ColumnMapping mapping,
            Map<ImportField, ValueMatcher> matchers,
            DateReading dates,
            Set<Integer> personal,
            Function<String, Optional<Long>> departmentOf) {
        super(header, mapping, matchers, dates, personal);
        this.departmentOf = departmentOf;
    }

    @Override
    public Read<LanguageLineCall> read(SheetRow row) {
        var problems = new ArrayList<ImportProblem>();
        LocalDateTime day = when(row, ImportField.LINE_DATE, null, problems);
        String account = text(row, ImportField.LINE_ACCOUNT);
        Long department = null;
        if (account.isEmpty()) {
            problems.add(problem(row, ImportField.LINE_ACCOUNT, "validation.required", ""));
        } else {
            department = departmentOf.apply(account).orElse(null);
            if (department == null) {
                problems.add(problem(row, ImportField.LINE_ACCOUNT, "language-line.account.unmapped", account));
            }
        }
        Long language =
                one(row, ImportField.LINE_LANGUAGE, problems).map(Long::valueOf).orElse(null);
        if (language == null && text(row, ImportField.LINE_LANGUAGE).isEmpty()) {
            problems.add(problem(row, ImportField.LINE_LANGUAGE, "validation.required", ""));
        }
        // vendors write minutes to the second ("12.25", "12:15"): kept to a tenth, cost to the cent, as stored
        BigDecimal minutes = decimal(row, ImportField.LINE_MINUTES, problems)
                .map(m -> m.setScale(1, java.math.RoundingMode.HALF_UP))
                .orElse(null);
        if (minutes == null && text(row, ImportField.LINE_MINUTES).isEmpty()) {
            problems.add(problem(row, ImportField.LINE_MINUTES, "validation.required", ""));
        }
        BigDecimal cost = decimal(row, ImportField.LINE_COST, problems)
                .map(c -> c.setScale(2, java.math.RoundingMode.HALF_UP))
                .orElse(BigDecimal.ZERO);
        if (!problems.isEmpty() || day == null || department == null || language == null || minutes == null) {
            return new Read<>(null, problems);
        }
        return new Read<>(
                new LanguageLineCall(day.toLocalDate(), department, language, minutes, cost, row.number()), problems);
    }

    /**
     * The cells a problem row keeps: only the columns mapped to the call's fields. A vendor's report carries who
     * called, officers, badges, case numbers and phone numbers under headers of every kind; none of them is kept.
     */
    @Override
    public List<String> cells(SheetRow row) {
        var mapped = new java.util.HashSet<Integer>();
        for (ImportField field : ImportField.of(org.jcpp.liaison.imports.ImportKind.LANGUAGE_LINE)) {
            Integer column = mapping.columnOf(field);
            if (column != null) {
                mapped.add(column);
            }
        }
        var kept = new ArrayList<String>(super.cells(row));
        for (int i = 0; i < kept.size(); i++) {
            if (!mapped.contains(i)) {
                kept.set(i, "");
            }
        }
        return kept;
    }

    /** A call in a month already imported for its department: refused unless the user chose to replace the months. */
    @Override
    public ImportProblem duplicate(SheetRow row, int firstRow) {
        return new ImportProblem(
                row.number(), ProblemKind.DUPLICATE, "", "", "language-line.month.imported", "", cells(row));
    }

    @Override
    protected @Nullable ImportField fieldOf(String component) {
        return switch (component) {
            case "day" -> ImportField.LINE_DATE;
            case "departmentId" -> ImportField.LINE_ACCOUNT;
            case "languageId" -> ImportField.LINE_LANGUAGE;
            case "minutes" -> ImportField.LINE_MINUTES;
            case "cost" -> ImportField.LINE_COST;
            default -> null;
        };
    }

    /** A usage report has no free text. */
    @Override
    public Map<ImportField, String> texts(LanguageLineCall data) {
        return Map.of();
    }
}
