package org.jcpp.liaison.imports.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jcpp.liaison.imports.ImportLimits;
import org.jcpp.liaison.imports.ImportProblem;
import org.jcpp.liaison.imports.ProblemKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The problem rows of a batch, written in batches of statements and read a page at a time. */
@Repository
public class ImportProblems {

    private final JdbcTemplate jdbc;

    ImportProblems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long batchId, List<ImportProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into import_problem (batch_id, row_number, problem, column_name, value, message_key,"
                        + " message_arg, cells) values (?, ?, ?, ?, ?, ?, ?, ?)",
                problems,
                500,
                (statement, p) -> {
                    statement.setLong(1, batchId);
                    statement.setInt(2, p.row());
                    statement.setString(3, p.problem().name());
                    statement.setString(4, cut(p.column(), 200));
                    statement.setString(5, cut(p.value(), ImportLimits.MAX_VALUE_KEPT));
                    statement.setString(6, p.messageKey());
                    statement.setString(7, cut(p.argument(), 500));
                    statement.setArray(
                            8,
                            statement
                                    .getConnection()
                                    .createArrayOf("text", p.cells().toArray(String[]::new)));
                });
    }

    public void clear(long batchId) {
        jdbc.update("delete from import_problem where batch_id = ?", batchId);
    }

    /** One page of the batch's problems, by row: one statement. */
    public List<ImportProblem> page(long batchId, int offset, int limit) {
        return jdbc.query(
                "select row_number, problem, column_name, value, message_key, message_arg, cells from import_problem"
                        + " where batch_id = ? order by row_number, id offset ? limit ?",
                ImportProblems::problem,
                batchId,
                offset,
                limit);
    }

    public long count(long batchId) {
        Long count = jdbc.queryForObject("select count(*) from import_problem where batch_id = ?", Long.class, batchId);
        return count == null ? 0 : count;
    }

    private static ImportProblem problem(ResultSet row, int number) throws SQLException {
        Array cells = row.getArray(7);
        String[] values = cells == null ? new String[0] : (String[]) cells.getArray();
        return new ImportProblem(
                row.getInt(1),
                ProblemKind.valueOf(row.getString(2)),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                Arrays.stream(values).map(v -> v == null ? "" : v).toList());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
