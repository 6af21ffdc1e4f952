package org.jcpp.liaison.imports.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.imports.ColumnMapping;
import org.jcpp.liaison.imports.ImportField;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.ProblemKind;
import org.jcpp.liaison.imports.file.SheetRow;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row of a contacts file into what the contact form would send ({@link ContactData}), or into the problems
 * that stop it: a date that cannot be read, a value no list entry answers, a number that is not one. The rules of a
 * contact itself are not here: the row is then checked by the contacts module, as a form is. What the file does not
 * say takes the form's plain default: kind and place "Other", one person, no interpreter, no summary. A need is made
 * from the need columns when the row has one.
 */
public final class ContactRowReader {

    /** The outcome for one row: the contact as read, or why not. */
    public record Read(@Nullable ContactData data, List<ImportProblem> problems) {}

    private final List<String> header;
    private final ColumnMapping mapping;
    private final Map<ImportField, ValueMatcher> matchers;
    private final DateReading dates;
    private final Set<Integer> personal;

    public ContactRowReader(
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

    public Read read(SheetRow row) {
        var problems = new ArrayList<ImportProblem>();
        LocalDateTime when = when(row, problems);
        Long city = one(row, ImportField.CITY, problems).map(Long::valueOf).orElse(null);
        if (city == null && problems.stream().noneMatch(p -> p.column().equals(columnName(ImportField.CITY)))) {
            problems.add(problem(row, ImportField.CITY, "validation.required", ""));
        }
        var kind =
                one(row, ImportField.KIND, problems).map(ContactKind::valueOf).orElse(ContactKind.OTHER);
        var place =
                one(row, ImportField.PLACE, problems).map(PlaceType::valueOf).orElse(PlaceType.OTHER);
        int headcount = number(row, ImportField.HEADCOUNT, problems).orElse(1);
        var languages = many(row, ImportField.LANGUAGES, problems);
        var groups = many(row, ImportField.GROUPS, problems);
        var topics = many(row, ImportField.TOPICS, problems);
        var partners = many(row, ImportField.PARTNERS, problems);
        boolean interpreter = yesNo(row, ImportField.INTERPRETER, problems);
        boolean languageLine = yesNo(row, ImportField.LANGUAGE_LINE, problems);
        String summary = text(row, ImportField.SUMMARY);
        var needs = new ArrayList<NeedData>();
        var category = one(row, ImportField.NEED, problems).map(NeedCategory::valueOf);
        String description = text(row, ImportField.NEED_DESCRIPTION);
        if (category.isPresent() || !description.isBlank()) {
            needs.add(new NeedData(
                    category.orElse(NeedCategory.OTHER),
                    description.isBlank() ? "" : description,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        if (!problems.isEmpty() || when == null || city == null) {
            return new Read(null, problems);
        }
        return new Read(
                new ContactData(
                        when,
                        city,
                        null,
                        kind,
                        place,
                        languages,
                        groups,
                        topics,
                        partners,
                        headcount,
                        interpreter,
                        languageLine,
                        summary,
                        needs,
                        null),
                problems);
    }

    /** The problem of a record component the contact's rules refused, at the column it was read from. */
    public ImportProblem refused(SheetRow row, String component, String messageKey) {
        ImportField field =
                switch (component) {
                    case "occurredAt" -> ImportField.WHEN;
                    case "cityId" -> ImportField.CITY;
                    case "kind" -> ImportField.KIND;
                    case "placeType" -> ImportField.PLACE;
                    case "headcount" -> ImportField.HEADCOUNT;
                    case "languageIds" -> ImportField.LANGUAGES;
                    case "groupIds" -> ImportField.GROUPS;
                    case "topicIds" -> ImportField.TOPICS;
                    case "partnerIds" -> ImportField.PARTNERS;
                    case "summary" -> ImportField.SUMMARY;
                    default ->
                        component.startsWith("needs[") && component.endsWith("category")
                                ? ImportField.NEED
                                : component.startsWith("needs[") ? ImportField.NEED_DESCRIPTION : null;
                };
        if (field == null || mapping.columnOf(field) == null) {
            return new ImportProblem(row.number(), ProblemKind.ERROR, "", "", messageKey, "", cells(row));
        }
        return problem(row, field, messageKey, "");
    }

    /** A row that holds the same contact as a stored one or an earlier row ({@code firstRow}, 0 for a stored one). */
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

    /** A row whose summary or need reads like a record of status, listed for the user to review. */
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

    private @Nullable LocalDateTime when(SheetRow row, List<ImportProblem> problems) {
        String day = cell(row, ImportField.WHEN);
        if (day.isBlank()) {
            problems.add(problem(row, ImportField.WHEN, "validation.required", ""));
            return null;
        }
        String time = mapping.columnOf(ImportField.TIME) == null ? null : cell(row, ImportField.TIME);
        var read = dates.read(day, time);
        if (read.isEmpty()) {
            boolean timeAtFault =
                    time != null && !time.isBlank() && dates.read(day, null).isPresent();
            problems.add(
                    timeAtFault
                            ? problem(row, ImportField.TIME, "import.time.unreadable", "")
                            : problem(row, ImportField.WHEN, "import.date.unreadable", ""));
            return null;
        }
        return read.get();
    }

    private Optional<String> one(SheetRow row, ImportField field, List<ImportProblem> problems) {
        String value = cell(row, field).strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(key(row, field, value, problems));
    }

    private Set<Long> many(SheetRow row, ImportField field, List<ImportProblem> problems) {
        var ids = new LinkedHashSet<Long>();
        for (String entry : ValueMatcher.entries(matchers.get(field), cell(row, field))) {
            String key = key(row, field, entry, problems);
            if (key != null) {
                ids.add(Long.valueOf(key));
            }
        }
        return ids;
    }

    private @Nullable String key(SheetRow row, ImportField field, String value, List<ImportProblem> problems) {
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

    private Optional<Integer> number(SheetRow row, ImportField field, List<ImportProblem> problems) {
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

    private boolean yesNo(SheetRow row, ImportField field, List<ImportProblem> problems) {
        var read = CellValues.yesNo(cell(row, field));
        if (read.isEmpty()) {
            problems.add(problem(row, field, "import.yes-no.unreadable", ""));
            return false;
        }
        return read.get();
    }

    private String text(SheetRow row, ImportField field) {
        return cell(row, field).strip();
    }

    private ImportProblem problem(SheetRow row, ImportField field, String messageKey, String argument) {
        return new ImportProblem(
                row.number(), ProblemKind.ERROR, columnName(field), cell(row, field), messageKey, argument, cells(row));
    }
}
