package org.jcpp.liaison.languageaccess;

import jakarta.validation.Validator;
import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.Violations;
import org.jcpp.liaison.languageaccess.domain.InterpreterAccountRepository;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A vendor's usage report coming in through the spreadsheet import: each call row is checked (its account mapped to a
 * department of the user's cities, a language of the list, minutes and cost not negative, a day that has happened),
 * and the rows are stored as monthly totals per department and language, tagged with the batch. A department's month
 * is imported once: a later file with the same month is refused for those rows, unless the user chose to replace the
 * months (then the earlier import's totals of those months go). Undo removes what the batch brought.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')")
public class LanguageLineImports {

    private final InterpreterAccountRepository accounts;
    private final ReferenceDataService referenceData;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final JdbcClient jdbc;
    private final Clock clock;

    LanguageLineImports(
            InterpreterAccountRepository accounts,
            ReferenceDataService referenceData,
            CurrentUser currentUser,
            Validator validator,
            JdbcClient jdbc,
            Clock clock) {
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.validator = validator;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The mapped accounts, by account folded to lower case: read once per run, each row looks its account up. */
    public Map<String, Long> accountDepartments() {
        var map = new HashMap<String, Long>();
        accounts.findAll().forEach(a -> map.put(fold(a.getAccount()), a.getDepartmentId()));
        return map;
    }

    /** The department an account of a report is mapped to. */
    public static Optional<Long> departmentOf(Map<String, Long> accountDepartments, String account) {
        return Optional.ofNullable(accountDepartments.get(fold(account)));
    }

    private static String fold(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses a row, naming the record component at fault and the message key. */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    public void check(LanguageLineCall call) {
        Violations.refuseInvalid(validator, call);
        PastWindow.asOf(clock).check(call.day(), "day", "language-line.day");
        var department = referenceData
                .department(call.departmentId())
                .orElseThrow(() -> new InvalidInputException("departmentId", "language-line.account.unmapped"));
        // an admin imports for any department; anyone else (a coordinator) for their cities' only
        boolean admin = currentUser.role().orElse(null) == org.jcpp.liaison.accounts.Role.ADMIN;
        if (!admin && !currentUser.scope().allows(department.cityId())) {
            throw new InvalidInputException("departmentId", "language-line.account.not-your-city");
        }
    }

    /**
     * The keys whose department and month another import already brought in (this batch's own rows do not count):
     * one statement.
     */
    public Set<LineKey> existing(long batchId, Collection<LineKey> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        record DepartmentMonth(long departmentId, YearMonth month) {}
        var wanted = new HashSet<DepartmentMonth>();
        keys.forEach(k -> wanted.add(new DepartmentMonth(k.departmentId(), k.month())));
        var stored = new HashSet<DepartmentMonth>(jdbc.sql("""
                        SELECT DISTINCT department_id, month FROM language_line_month
                        WHERE department_id IN (:departments) AND month IN (:months)
                          AND import_batch_id IS DISTINCT FROM :batch
                        """)
                .param(
                        "departments",
                        wanted.stream()
                                .map(DepartmentMonth::departmentId)
                                .distinct()
                                .toList())
                .param(
                        "months",
                        wanted.stream()
                                .map(w -> Date.valueOf(w.month().atDay(1)))
                                .distinct()
                                .toList())
                .param("batch", batchId)
                .query((rs, i) -> new DepartmentMonth(
                        rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate())))
                .list());
        var found = new HashSet<LineKey>();
        for (LineKey key : keys) {
            if (stored.contains(new DepartmentMonth(key.departmentId(), key.month()))) {
                found.add(key);
            }
        }
        return found;
    }

    /**
     * Adds checked calls to their months' totals, tagged with the batch. With {@code replace}, another import's
     * totals of the same departments' months are removed first. Returns the calls stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int store(long batchId, List<LanguageLineCall> calls, boolean replace) {
        record Total(long departmentId, YearMonth month, long languageId) {}
        var totals = new LinkedHashMap<Total, LanguageLineMonthRow>();
        for (LanguageLineCall call : calls) {
            var key = new Total(call.departmentId(), YearMonth.from(call.day()), call.languageId());
            var row = new LanguageLineMonthRow(
                    key.departmentId(), key.month(), key.languageId(), 1, call.minutes(), call.cost());
            totals.merge(
                    key,
                    row,
                    (a, b) -> new LanguageLineMonthRow(
                            a.departmentId(),
                            a.month(),
                            a.languageId(),
                            a.calls() + b.calls(),
                            a.minutes().add(b.minutes()),
                            a.cost().add(b.cost())));
        }
        if (replace) {
            totals.keySet().stream()
                    .map(t -> Map.entry(t.departmentId(), t.month()))
                    .distinct()
                    .forEach(dm -> jdbc.sql("""
                                    DELETE FROM language_line_month
                                    WHERE department_id = :department AND month = :month
                                      AND import_batch_id IS DISTINCT FROM :batch
                                    """)
                            .param("department", dm.getKey())
                            .param("month", Date.valueOf(dm.getValue().atDay(1)))
                            .param("batch", batchId)
                            .update());
        }
        for (LanguageLineMonthRow row : totals.values()) {
            jdbc.sql("""
                            INSERT INTO language_line_month
                                (department_id, month, language_id, calls, minutes, cost, import_batch_id)
                            VALUES (:department, :month, :language, :calls, :minutes, :cost, :batch)
                            ON CONFLICT (department_id, month, language_id) DO UPDATE
                            SET calls = language_line_month.calls + excluded.calls,
                                minutes = language_line_month.minutes + excluded.minutes,
                                cost = language_line_month.cost + excluded.cost
                            WHERE language_line_month.import_batch_id = excluded.import_batch_id
                            """)
                    .param("department", row.departmentId())
                    .param("month", Date.valueOf(row.month().atDay(1)))
                    .param("language", row.languageId())
                    .param("calls", row.calls())
                    .param("minutes", row.minutes())
                    .param("cost", row.cost())
                    .param("batch", batchId)
                    .update();
        }
        return calls.size();
    }

    /** Removes the months the batch brought in, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int undo(long batchId) {
        return jdbc.sql("DELETE FROM language_line_month WHERE import_batch_id = :batch")
                .param("batch", batchId)
                .update();
    }

    /** One page of the months the batch brought in, by department, month and language. */
    public List<LanguageLineMonthRow> rows(long batchId, Pageable pageable) {
        return jdbc.sql("""
                        SELECT department_id, month, language_id, calls, minutes, cost FROM language_line_month
                        WHERE import_batch_id = :batch ORDER BY department_id, month, language_id
                        LIMIT :limit OFFSET :offset
                        """)
                .param("batch", batchId)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((rs, i) -> new LanguageLineMonthRow(
                        rs.getLong(1),
                        YearMonth.from(rs.getDate(2).toLocalDate()),
                        rs.getLong(3),
                        rs.getInt(4),
                        rs.getBigDecimal(5),
                        rs.getBigDecimal(6)))
                .list();
    }

    /** How many month-and-language totals the batch brought in. */
    public long count(long batchId) {
        return jdbc.sql("SELECT count(*) FROM language_line_month WHERE import_batch_id = :batch")
                .param("batch", batchId)
                .query(Long.class)
                .single();
    }

    /** Totals are never edited after they came in. */
    public long changedSince(long batchId) {
        return 0;
    }
}
