package org.jcpp.liaison.imports.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jcpp.liaison.imports.ColumnMapping;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jcpp.liaison.rollcall.BriefingData;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of a roll-call file into what the briefing form would send ({@link BriefingData}): the day, the police
 * department, its shift by name (Day, Night, found within that department), the training topics covered, the officers
 * present and the minutes (ten when the file does not say), the officers' feedback and the follow-ups. The presenter
 * is the importing user.
 */
public final class BriefingRowReader extends RowReader<BriefingData> {

    /** Minutes of a briefing when the file has no such column or leaves it empty. */
    public static final int DEFAULT_MINUTES = 10;

    private final BiFunction<Long, String, Optional<Long>> shiftOf;

    /** {@code shiftOf} finds a department's shift by its name (as the shift matcher gives it). */
    public BriefingRowReader(
            List<String> header,
            ColumnMapping mapping,
            Map<ImportField, ValueMatcher> matchers,
            DateReading dates,
            Set<Integer> personal,
            BiFunction<Long, String, Optional<Long>> shiftOf) {
        super(header, mapping, matchers, dates, personal);
        this.shiftOf = shiftOf;
    }

    @Override
    public Read<BriefingData> read(SheetRow row) {
        var problems = new ArrayList<ImportProblem>();
        LocalDateTime day = when(row, ImportField.BRIEFING_DATE, null, problems);
        Long department = one(row, ImportField.BRIEFING_DEPARTMENT, problems)
                .map(Long::valueOf)
                .orElse(null);
        required(row, ImportField.BRIEFING_DEPARTMENT, department, problems);
        String shiftName = one(row, ImportField.BRIEFING_SHIFT, problems).orElse(null);
        required(row, ImportField.BRIEFING_SHIFT, shiftName, problems);
        Long shift = null;
        if (department != null && shiftName != null) {
            shift = shiftOf.apply(department, shiftName).orElse(null);
            if (shift == null) {
                problems.add(problem(row, ImportField.BRIEFING_SHIFT, "rollcall.shift.other-department", ""));
            }
        }
        var topics = many(row, ImportField.BRIEFING_TOPICS, problems);
        Integer officers = number(row, ImportField.BRIEFING_OFFICERS, problems).orElse(null);
        required(row, ImportField.BRIEFING_OFFICERS, officers, problems);
        int minutes = number(row, ImportField.BRIEFING_MINUTES, problems).orElse(DEFAULT_MINUTES);
        if (!problems.isEmpty() || day == null || department == null || shift == null || officers == null) {
            return new Read<>(null, problems);
        }
        return new Read<>(
                new BriefingData(
                        day.toLocalDate(),
                        department,
                        shift,
                        null,
                        topics,
                        officers,
                        minutes,
                        text(row, ImportField.BRIEFING_FEEDBACK),
                        text(row, ImportField.BRIEFING_FOLLOW_UPS)),
                problems);
    }

    /** A required value the row leaves empty (a value the lists do not know is reported already). */
    private void required(SheetRow row, ImportField field, @Nullable Object value, List<ImportProblem> problems) {
        if (value == null && problems.stream().noneMatch(p -> p.column().equals(columnName(field)))) {
            problems.add(problem(row, field, "validation.required", ""));
        }
    }

    @Override
    protected @Nullable ImportField fieldOf(String component) {
        return switch (component) {
            case "briefedOn" -> ImportField.BRIEFING_DATE;
            case "departmentId" -> ImportField.BRIEFING_DEPARTMENT;
            case "shiftId" -> ImportField.BRIEFING_SHIFT;
            case "topicIds" -> ImportField.BRIEFING_TOPICS;
            case "officers" -> ImportField.BRIEFING_OFFICERS;
            case "minutes" -> ImportField.BRIEFING_MINUTES;
            case "feedback" -> ImportField.BRIEFING_FEEDBACK;
            case "followUps" -> ImportField.BRIEFING_FOLLOW_UPS;
            default -> null;
        };
    }

    @Override
    public Map<ImportField, String> texts(BriefingData data) {
        return Map.of(
                ImportField.BRIEFING_FEEDBACK, data.feedback(), ImportField.BRIEFING_FOLLOW_UPS, data.followUps());
    }
}
