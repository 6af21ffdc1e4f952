package org.jcpp.liaison.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a file's columns and values become records: the field of each mapped column (by its position; a column left
 * out is not read), how dates with slashes are read, and the answers to the values the lists do not know exactly
 * (field → value as written, case and accents aside → the chosen entry's key, or "" to report the rows as errors).
 */
public record ColumnMapping(
        Map<Integer, ImportField> columns, DayOrder dayOrder, Map<ImportField, Map<String, String>> values) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
        var copied = new LinkedHashMap<ImportField, Map<String, String>>();
        values.forEach((field, answers) -> copied.put(field, Map.copyOf(answers)));
        values = Map.copyOf(copied);
    }

    /** The column a field is read from, or null when no column is mapped to it. */
    public @Nullable Integer columnOf(ImportField field) {
        return columns.entrySet().stream()
                .filter(e -> e.getValue() == field)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    /** The entry chosen for a value of a field, by the value's folded form; null when not answered. */
    public @Nullable String answer(ImportField field, String folded) {
        var answers = values.get(field);
        return answers == null ? null : answers.get(folded);
    }

    public ColumnMapping withColumns(Map<Integer, ImportField> changed) {
        return new ColumnMapping(changed, dayOrder, values);
    }

    public ColumnMapping withDayOrder(DayOrder changed) {
        return new ColumnMapping(columns, changed, values);
    }

    public ColumnMapping withAnswer(ImportField field, String folded, String key) {
        var all = new LinkedHashMap<>(values);
        var answers = new LinkedHashMap<>(all.getOrDefault(field, Map.of()));
        answers.put(folded, key);
        all.put(field, answers);
        return new ColumnMapping(columns, dayOrder, all);
    }
}
