package org.jcpp.liaison.base.database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jcpp.liaison.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The set-based statements every module that takes rows from a spreadsheet shares: which of a chunk's keys a stored
 * record already has (the duplicates), and the undo of a batch (its records, only while each is as it came in).
 */
public final class ImportedRows {

    private ImportedRows() {}

    /** A column of a duplicate key: its name in the table, its SQL type, whether it may be null, its value in a key. */
    public record KeyColumn<K>(String name, String type, boolean nullable, Function<K, @Nullable String> value) {

        public static <K> KeyColumn<K> of(String name, String type, Function<K, @Nullable String> value) {
            return new KeyColumn<>(name, type, false, value);
        }

        public static <K> KeyColumn<K> nullable(String name, String type, Function<K, @Nullable String> value) {
            return new KeyColumn<>(name, type, true, value);
        }
    }

    /**
     * Which of the keys a record of {@code table} already has: one statement, the keys passed as arrays and joined on
     * every column ({@code =}, so the table's index serves; {@code is not distinct from} for a nullable one).
     */
    @SafeVarargs
    public static <K> Set<K> existing(JdbcTemplate jdbc, String table, Collection<K> keys, KeyColumn<K>... columns) {
        var found = new HashSet<K>();
        if (keys.isEmpty()) {
            return found;
        }
        var list = new ArrayList<>(keys);
        String arrays = java.util.Arrays.stream(columns)
                .map(c -> "?::" + c.type() + "[]")
                .collect(Collectors.joining(", "));
        String names = java.util.Arrays.stream(columns).map(KeyColumn::name).collect(Collectors.joining(", "));
        String on = java.util.Arrays.stream(columns)
                .map(c -> "t." + c.name() + (c.nullable() ? " is not distinct from " : " = ") + "k." + c.name())
                .collect(Collectors.joining(" and "));
        String sql = "select distinct k.n from " + table + " t join unnest(" + arrays + ") with ordinality as k("
                + names + ", n) on " + on;
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(sql);
                    for (int i = 0; i < columns.length; i++) {
                        var column = columns[i];
                        statement.setArray(
                                i + 1,
                                connection.createArrayOf(
                                        "varchar",
                                        list.stream().map(column.value()).toArray(String[]::new)));
                    }
                    return statement;
                },
                row -> {
                    found.add(list.get(row.getInt(1) - 1));
                });
        return found;
    }

    /** How many of a batch's records are no longer as they came in ({@code unchanged} is the condition on {@code t}). */
    public static long changed(JdbcTemplate jdbc, String table, String unchanged, long batchId) {
        return count(jdbc, "select count(*) from " + table + " t where t.import_batch_id = ?", batchId)
                - count(
                        jdbc,
                        "select count(*) from " + table + " t where t.import_batch_id = ? and " + unchanged,
                        batchId);
    }

    /**
     * Removes a batch's records, only those still as they came in; refused ({@code import.undo.changed}) when one is
     * not, and ({@code import.undo.not-yours}) when the user sees fewer of them than there are
     * ({@code visibleToUser}, from the module's scoped count). Runs in the caller's transaction, which a refusal
     * rolls back. Returns how many were removed.
     */
    public static int undo(JdbcTemplate jdbc, String table, String unchanged, long batchId, long visibleToUser) {
        if (changed(jdbc, table, unchanged, batchId) > 0) {
            throw new InvalidInputException("", "import.undo.changed");
        }
        long all = count(jdbc, "select count(*) from " + table + " t where t.import_batch_id = ?", batchId);
        if (all != visibleToUser) {
            throw new InvalidInputException("", "import.undo.not-yours");
        }
        // only what is still as imported: an edit committed since the count above keeps its record, and the whole
        // undo is refused (the caller's transaction rolls back)
        int removed = jdbc.update("delete from " + table + " t where t.import_batch_id = ? and " + unchanged, batchId);
        if (removed != all) {
            throw new InvalidInputException("", "import.undo.changed");
        }
        return removed;
    }

    private static long count(JdbcTemplate jdbc, String sql, long batchId) {
        Long count = jdbc.queryForObject(sql, Long.class, batchId);
        return count == null ? 0 : count;
    }
}
