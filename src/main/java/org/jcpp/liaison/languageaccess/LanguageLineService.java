package org.jcpp.liaison.languageaccess;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.YearMonth;
import java.util.List;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.languageaccess.domain.InterpreterAccount;
import org.jcpp.liaison.languageaccess.domain.InterpreterAccountRepository;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.RollCallService;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The telephone interpreter line's use by department: the vendor accounts mapped to departments (admins and
 * coordinators keep them), and the monthly totals imported from the vendors' reports (read by the coordinators and
 * liaisons of the department's city). Admins see no figures.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class LanguageLineService {

    private static final String MANAGERS = "hasAnyRole('" + Roles.ADMIN + "', '" + Roles.COORDINATOR + "')";
    private static final String READERS = "hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')";

    private final InterpreterAccountRepository accounts;
    private final ReferenceDataService referenceData;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final JdbcClient jdbc;
    private final RollCallService rollCall;
    private final java.time.Clock clock;

    LanguageLineService(
            InterpreterAccountRepository accounts,
            ReferenceDataService referenceData,
            CurrentUser currentUser,
            AuditedChanges changes,
            JdbcClient jdbc,
            RollCallService rollCall,
            java.time.Clock clock) {
        this.rollCall = rollCall;
        this.clock = clock;
        this.accounts = accounts;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.changes = changes;
        this.jdbc = jdbc;
    }

    // --- vendor accounts ---

    /** One page of the mapped accounts, by vendor and account: a coordinator's cities' departments only. */
    @PreAuthorize(MANAGERS)
    public List<InterpreterAccountRow> accounts(Pageable pageable) {
        var departments = managedDepartments();
        return (departments == null
                        ? accounts.findAllByOrderByVendorAscAccountAsc(pageable)
                        : accounts.findByDepartmentIdInOrderByVendorAscAccountAsc(departments, pageable))
                .stream().map(LanguageLineService::toRow).toList();
    }

    @PreAuthorize(MANAGERS)
    public long accountCount() {
        var departments = managedDepartments();
        return departments == null ? accounts.count() : accounts.countByDepartmentIdIn(departments);
    }

    /** The departments whose accounts the user keeps: null for all (an admin, a coordinator of every city). */
    private java.util.@org.jspecify.annotations.Nullable Set<Long> managedDepartments() {
        if (currentUser.role().orElse(null) == org.jcpp.liaison.accounts.Role.ADMIN) {
            return null;
        }
        var scope = currentUser.scope();
        if (scope.allCities()) {
            return null;
        }
        return referenceData.departments().stream()
                .filter(d -> scope.allows(d.cityId()))
                .map(org.jcpp.liaison.referencedata.DepartmentRef::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Maps an account to a department. An account is mapped once; a coordinator maps only to a department of their
     * cities (an admin to any).
     */
    @PreAuthorize(MANAGERS)
    @Transactional
    public InterpreterAccountRow saveAccount(@Valid InterpreterAccountData data) {
        Long departmentId = data.departmentId();
        if (departmentId == null) {
            throw new InvalidInputException("departmentId", "validation.required");
        }
        var department = referenceData
                .department(departmentId)
                .orElseThrow(() -> new InvalidInputException("departmentId", "validation.required"));
        var scope = currentUser.scope();
        if (scope.isCoordinator() && !scope.allows(department.cityId())) {
            throw new InvalidInputException("departmentId", "language-line.account.not-your-city");
        }
        String account = data.account().strip();
        boolean taken = data.id() == null
                ? accounts.existsByAccountIgnoreCase(account)
                : accounts.existsByAccountIgnoreCaseAndIdNot(account, data.id());
        if (taken) {
            throw new InvalidInputException("account", "language-line.account.taken");
        }
        InterpreterAccount saved = data.id() == null
                ? changes.create(
                        RecordType.INTERPRETER_ACCOUNT,
                        new InterpreterAccount(),
                        a -> a.map(data.vendor(), account, department.id()),
                        AuditedChanges::noPerson)
                : changes.update(
                        RecordType.INTERPRETER_ACCOUNT,
                        findAccount(data.id()),
                        data.version(),
                        a -> a.map(data.vendor(), account, department.id()),
                        AuditedChanges::noPerson);
        return toRow(saved);
    }

    @PreAuthorize(MANAGERS)
    @Transactional
    public void deleteAccount(long id, long version) {
        changes.delete(RecordType.INTERPRETER_ACCOUNT, findAccount(id), version, AuditedChanges::noPerson);
    }

    /** A mapping the user keeps; one of a department outside a coordinator's cities is "not found". */
    private InterpreterAccount findAccount(long id) {
        var account = accounts.findById(id)
                .orElseThrow(() -> new ConcurrentEditException(RecordType.INTERPRETER_ACCOUNT, id));
        var departments = managedDepartments();
        if (departments != null && !departments.contains(account.getDepartmentId())) {
            throw new RecordNotFoundException(RecordType.INTERPRETER_ACCOUNT, id);
        }
        return account;
    }

    // --- figures ---

    /**
     * The department's imported months from {@code from} to {@code to}, each summed over the languages, oldest first.
     * A month no report covered is absent (not zero). One statement.
     */
    @PreAuthorize(READERS)
    public List<LineMonth> months(long departmentId, YearMonth from, YearMonth to) {
        requireInScope(departmentId);
        return jdbc.sql("""
                        SELECT month, sum(calls)::int, sum(minutes), sum(cost)
                        FROM language_line_month
                        WHERE department_id = :department AND month BETWEEN :from AND :to
                        GROUP BY month ORDER BY month
                        """)
                .param("department", departmentId)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, i) -> new LineMonth(
                        YearMonth.from(rs.getDate(1).toLocalDate()),
                        rs.getInt(2),
                        rs.getBigDecimal(3),
                        rs.getBigDecimal(4)))
                .list();
    }

    /** The department's use by language over the months, most calls first. One statement. */
    @PreAuthorize(READERS)
    public List<LanguageUse> byLanguage(long departmentId, YearMonth from, YearMonth to) {
        requireInScope(departmentId);
        return jdbc.sql("""
                        SELECT language_id, sum(calls)::int, sum(minutes), sum(cost)
                        FROM language_line_month
                        WHERE department_id = :department AND month BETWEEN :from AND :to
                        GROUP BY language_id ORDER BY sum(calls) DESC, language_id
                        """)
                .param("department", departmentId)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, i) -> new LanguageUse(
                        rs.getLong(1), rs.getInt(2), orZero(rs.getBigDecimal(3)), orZero(rs.getBigDecimal(4))))
                .list();
    }

    /**
     * The department's months from {@code from} to {@code to}, its language-access briefings in them, and the
     * before/after comparison of each round of briefings that began in them (whose months may reach three months
     * beyond). Two statements for the figures, one for the briefings.
     */
    @PreAuthorize(READERS)
    public LanguageLinePicture picture(long departmentId, YearMonth from, YearMonth to) {
        requireInScope(departmentId);
        var around = months(
                departmentId, from.minusMonths(RoundComparison.MONTHS + 1), to.plusMonths(RoundComparison.MONTHS + 1));
        var byMonth = new java.util.HashMap<YearMonth, LineMonth>();
        around.forEach(m -> byMonth.put(m.month(), m));
        // briefings from two months before the span to two after, so a round at either end is not cut in two
        var briefings = rollCall.languageAccessBriefings(
                departmentId, from.minusMonths(2).atDay(1), to.plusMonths(2).atEndOfMonth());
        int shifts = (int) referenceData.shifts(departmentId).stream()
                .filter(org.jcpp.liaison.referencedata.ShiftRow::active)
                .count();
        var rounds = BriefingRound.of(briefings, shifts).stream()
                .filter(r -> !r.firstMonth().isBefore(from) && !r.firstMonth().isAfter(to))
                .map(r -> RoundComparison.of(r, byMonth, YearMonth.now(clock)))
                .toList();
        return new LanguageLinePicture(
                departmentId,
                from,
                to,
                around.stream()
                        .filter(m -> !m.month().isBefore(from) && !m.month().isAfter(to))
                        .toList(),
                briefings.stream()
                        .filter(b -> !YearMonth.from(b.day()).isBefore(from)
                                && !YearMonth.from(b.day()).isAfter(to))
                        .toList(),
                rounds);
    }

    /**
     * Each department of the user's cities (of {@code cityIds}, when not empty) with imported months in the period:
     * its calls, minutes and cost summed, and the months a report covered. One statement.
     */
    @PreAuthorize(READERS)
    public List<DepartmentLineTotals> totals(YearMonth from, YearMonth to, java.util.Collection<Long> cityIds) {
        var scope = currentUser.scope();
        var inScope = referenceData.departments().stream()
                .filter(d -> scope.allows(d.cityId()))
                .filter(d -> cityIds.isEmpty() || cityIds.contains(d.cityId()))
                .map(org.jcpp.liaison.referencedata.DepartmentRef::id)
                .toList();
        if (inScope.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT department_id, sum(calls)::int, sum(minutes), sum(cost), count(DISTINCT month)::int
                        FROM language_line_month
                        WHERE department_id IN (:departments) AND month BETWEEN :from AND :to
                        GROUP BY department_id ORDER BY department_id
                        """)
                .param("departments", inScope)
                .param("from", Date.valueOf(from.atDay(1)))
                .param("to", Date.valueOf(to.atDay(1)))
                .query((rs, i) -> new DepartmentLineTotals(
                        rs.getLong(1),
                        rs.getInt(2),
                        orZero(rs.getBigDecimal(3)),
                        orZero(rs.getBigDecimal(4)),
                        rs.getInt(5)))
                .list();
    }

    private void requireInScope(long departmentId) {
        var department = referenceData
                .department(departmentId)
                .orElseThrow(() -> new RecordNotFoundException(RecordType.DEPARTMENT, departmentId));
        if (!currentUser.scope().allows(department.cityId())) {
            throw new RecordNotFoundException(RecordType.DEPARTMENT, departmentId);
        }
    }

    private static BigDecimal orZero(@org.jspecify.annotations.Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static InterpreterAccountRow toRow(InterpreterAccount account) {
        return new InterpreterAccountRow(
                account.requireId(),
                account.getVersion(),
                account.getVendor(),
                account.getAccount(),
                account.getDepartmentId());
    }
}
