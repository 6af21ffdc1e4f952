package org.jcpp.liaison.rollcall;

import static org.jcpp.liaison.datapractices.CsvFile.column;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.datapractices.CsvFile;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ShiftRow;
import org.jcpp.liaison.rollcall.domain.CoveredTopic;
import org.jcpp.liaison.rollcall.domain.RollCallBriefing;
import org.jcpp.liaison.rollcall.domain.RollCallBriefingRepository;
import org.jcpp.liaison.rollcall.domain.RollCallQueries;
import org.jcpp.liaison.training.RevisionRef;
import org.jcpp.liaison.training.TopicRef;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingMonth;
import org.jcpp.liaison.training.TrainingSessionService;
import org.jcpp.liaison.training.TrainingTopicService;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Roll-call briefings and the coverage of departments' shifts. Scoped to the signed-in user's member cities (a
 * department belongs to its city): liaisons log for their cities, coordinators see theirs, admins see none. Each topic
 * of a briefing is kept at the revision current when it was logged.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class RollCallService {

    /** How far back a briefing may be logged. */
    private final RollCallBriefingRepository briefings;

    private final RollCallQueries queries;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final ReferenceDataService referenceData;
    private final TrainingTopicService topics;
    private final TrainingSessionService sessions;
    private final AuditTrail audit;
    private final AuditedChanges changes;
    private final Clock clock;

    RollCallService(
            RollCallBriefingRepository briefings,
            RollCallQueries queries,
            CurrentUser currentUser,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            TrainingTopicService topics,
            TrainingSessionService sessions,
            AuditTrail audit,
            AuditedChanges changes,
            Clock clock) {
        this.changes = changes;
        this.clock = clock;
        this.briefings = briefings;
        this.queries = queries;
        this.currentUser = currentUser;
        this.directory = directory;
        this.referenceData = referenceData;
        this.topics = topics;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** One page of the briefings the user may see, newest first, topics included: one statement. */
    public List<BriefingRow> rows(BriefingFilter filter, Pageable pageable) {
        return queries.rows(currentUser.scopeClause(), filter, pageable);
    }

    public long count(BriefingFilter filter) {
        return queries.count(currentUser.scopeClause(), filter);
    }

    /**
     * The briefings the user may see that match the filter, newest first, as CSV: no presenter and no free text, counts
     * of 1–4 as "fewer than 5", at most {@link CsvFile#MAX_ROWS} rows; the export is audited.
     */
    @Transactional
    public byte[] exportCsv(BriefingFilter filter, ExportText text) {
        var names = referenceData.referenceNames();
        Map<Long, String> titles = topics.titles();
        List<BriefingRow> rows = queries.rows(currentUser.scopeClause(), filter, PageRequest.of(0, CsvFile.MAX_ROWS));
        audit.exported(RecordType.ROLL_CALL_BRIEFING, 0, null, "briefings CSV, " + rows.size() + " rows, " + filter);
        return CsvFile.write(
                List.<CsvFile.Column<BriefingRow>>of(
                        column("rollcall.date", BriefingRow::briefedOn),
                        column("contacts.city", row -> names.city(row.cityId())),
                        column("rollcall.department", row -> names.department(row.departmentId())),
                        column("rollcall.shift", row -> names.shift(row.shiftId())),
                        column("rollcall.officers", row -> text.count(row.officers())),
                        column("rollcall.minutes", BriefingRow::minutes),
                        column("rollcall.topics", row -> row.topicIds().stream()
                                .map(id -> titles.getOrDefault(id, ""))
                                .collect(Collectors.joining("; ")))),
                rows,
                text);
    }

    /**
     * The briefings among {@code ids} the user may see (another record links to them), newest first; one statement.
     * Those outside the user's cities or deleted are left out.
     */
    public List<BriefingRow> visible(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : queries.byIds(currentUser.scopeClause(), ids);
    }

    public BriefingDetails get(long id) {
        CityScope scope = currentUser.scope();
        return toDetails(loadInScope(id, scope), scope);
    }

    @Transactional
    public BriefingDetails log(@Valid BriefingData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        var saved = changes.create(
                RecordType.ROLL_CALL_BRIEFING,
                new RollCallBriefing(me),
                briefing -> apply(briefing, data, scope, me),
                AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    @Transactional
    public BriefingDetails update(long id, long version, @Valid BriefingData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        RollCallBriefing briefing = loadInScope(id, scope);
        if (!canEdit(briefing, me, scope)) {
            throw new InvalidInputException("", "rollcall.edit.not-allowed");
        }
        var saved = changes.update(
                RecordType.ROLL_CALL_BRIEFING,
                briefing,
                version,
                b -> apply(b, data, scope, me),
                AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    @Transactional
    public void delete(long id, long version) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        RollCallBriefing briefing = loadInScope(id, scope);
        if (!canEdit(briefing, me, scope)) {
            throw new InvalidInputException("", "rollcall.edit.not-allowed");
        }
        changes.delete(RecordType.ROLL_CALL_BRIEFING, briefing, version, AuditedChanges::noPerson);
    }

    // --- coverage ---

    /**
     * Every shift of the departments in the user's cities: when it was last briefed (on the topic, if one is given) up
     * to {@code to}, and the briefings and officers reached from {@code from} to {@code to}. By city, department and
     * shift order. Reads one grouped statement plus the (small) lists of departments and shifts.
     */
    public List<ShiftCoverage> coverage(@Nullable Long topicId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "rollcall.period.order");
        }
        CityScope scope = currentUser.scope();
        Map<Long, RollCallQueries.ShiftFigures> figures =
                queries.shiftFigures(currentUser.scopeClause(), topicId, from, to);
        Map<Long, DepartmentRef> departments = referenceData.departments().stream()
                .filter(d -> scope.allows(d.cityId()))
                .collect(Collectors.toMap(DepartmentRef::id, d -> d));
        Map<Long, String> cityNames = referenceData.allCityNames();
        List<ShiftRow> allShifts = referenceData.allShifts(); // in roll-call order
        var rows = new ArrayList<ShiftCoverage>();
        for (ShiftRow shift : allShifts) {
            DepartmentRef department = departments.get(shift.departmentId());
            var figure = figures.get(shift.id());
            // a deactivated department or shift is shown only for the briefings it had in the period
            boolean shown = department != null
                    && ((department.active() && shift.active()) || (figure != null && figure.briefings() > 0));
            if (shown && department != null) {
                rows.add(new ShiftCoverage(
                        department.cityId(),
                        department.id(),
                        department.name(),
                        shift.id(),
                        shift.name(),
                        figure == null ? null : figure.lastBriefed(),
                        figure == null ? 0 : figure.briefings(),
                        figure == null ? 0 : figure.officers()));
            }
        }
        Map<Long, Integer> shiftOrder = new HashMap<>();
        for (int i = 0; i < allShifts.size(); i++) {
            shiftOrder.put(allShifts.get(i).id(), i);
        }
        rows.sort(Comparator.comparing((ShiftCoverage row) -> cityNames.getOrDefault(row.cityId(), ""))
                .thenComparing(ShiftCoverage::departmentName)
                .thenComparing(row -> shiftOrder.getOrDefault(row.shiftId(), 0)));
        return rows;
    }

    /** The shifts not briefed (on the topic, if one is given) in the last {@code days} days, today included. */
    public List<ShiftCoverage> notReached(@Nullable Long topicId, int days) {
        if (days < 1 || days > 3660) {
            throw new InvalidInputException("days", "rollcall.days.range");
        }
        LocalDate today = LocalDate.now(clock);
        return coverage(topicId, today.minusDays(days - 1L), today).stream()
                .filter(row -> !row.reachedInPeriod())
                .toList();
    }

    /**
     * The department's briefings on language access (that covered a topic of the catalog marked so) from {@code from}
     * to {@code to}, oldest first: day, shift, officers. Empty for a department outside the user's cities.
     */
    public List<ShiftBriefing> languageAccessBriefings(long departmentId, LocalDate from, LocalDate to) {
        return queries
                .briefingsOn(currentUser.scopeClause(), departmentId, topics.languageAccessTopicIds(), from, to)
                .stream()
                .map(row -> new ShiftBriefing(
                        (LocalDate) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).intValue()))
                .toList();
    }

    /** Officers briefed and training delivered per city and month in the period, newest month first. */
    public List<MonthlyActivity> monthly(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "rollcall.period.order");
        }
        record Key(long cityId, YearMonth month) {}
        var briefed = new HashMap<Key, RollCallQueries.CityMonth>();
        queries.months(currentUser.scopeClause(), from, to)
                .forEach(m -> briefed.put(new Key(m.cityId(), m.month()), m));
        var trained = new HashMap<Key, TrainingMonth>();
        sessions.months(from, to).forEach(m -> trained.put(new Key(m.cityId(), m.month()), m));
        var keys = new java.util.HashSet<Key>(briefed.keySet());
        keys.addAll(trained.keySet());
        Map<Long, String> cityNames = referenceData.allCityNames();
        return keys.stream()
                .sorted(Comparator.comparing(Key::month)
                        .reversed()
                        .thenComparing(key -> cityNames.getOrDefault(key.cityId(), "")))
                .map(key -> {
                    var b = briefed.get(key);
                    var t = trained.get(key);
                    return new MonthlyActivity(
                            key.cityId(),
                            key.month(),
                            b == null ? 0 : b.briefings(),
                            b == null ? 0 : b.officers(),
                            t == null ? 0 : t.sessions(),
                            t == null ? BigDecimal.ZERO : t.hours(),
                            t == null ? 0 : t.officersTrained());
                })
                .toList();
    }

    // --- rules ---

    /**
     * A briefing's rules that need the stored lists and the user's scope, and its fields taken from what was typed
     * (also an import's rows: a refusal leaves the import's transaction to go on with the next row).
     */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    void apply(RollCallBriefing briefing, BriefingData data, CityScope scope, long me) {
        DepartmentRef department = referenceData
                .department(data.departmentId())
                .orElseThrow(() -> new InvalidInputException("departmentId", "validation.unknown-choice"));
        if (!scope.allows(department.cityId())) {
            throw new InvalidInputException("departmentId", "rollcall.department.not-yours");
        }
        boolean sameShift = data.shiftId().equals(briefing.getShiftId());
        ShiftRow shift = referenceData.shifts(department.id()).stream()
                .filter(s -> s.id() == data.shiftId() && (s.active() || sameShift))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("shiftId", "rollcall.shift.other-department"));
        PastWindow.asOf(clock).check(data.briefedOn(), "briefedOn", "rollcall.date");
        long presenter = data.presenterId() == null ? me : data.presenterId();
        boolean keptPresenter = Long.valueOf(presenter).equals(briefing.getPresenterId())
                && Long.valueOf(department.cityId()).equals(briefing.getCityId());
        if (presenter != me && !keptPresenter && !directory.servesCity(presenter, department.cityId())) {
            throw new InvalidInputException("presenterId", "rollcall.presenter.not-in-city");
        }
        briefing.setTopics(coveredTopics(briefing.getTopics(), data.topicIds()));
        briefing.setBriefedOn(data.briefedOn());
        briefing.setShift(department.cityId(), department.id(), shift.id());
        briefing.setPresenterId(presenter);
        briefing.setOfficers(data.officers());
        briefing.setMinutes(data.minutes());
        briefing.setFeedback(data.feedback().strip());
        briefing.setFollowUps(data.followUps().strip());
    }

    /**
     * The topics of a briefing: those it already covered keep their revision; a newly added one must be active and is
     * kept at its current revision.
     */
    private Set<CoveredTopic> coveredTopics(Set<CoveredTopic> stored, Set<Long> topicIds) {
        Map<Long, CoveredTopic> kept = stored.stream()
                .filter(t -> topicIds.contains(t.topicId()))
                .collect(Collectors.toMap(CoveredTopic::topicId, t -> t));
        Map<Long, TopicRef> current = topics.current(topicIds);
        var covered = new java.util.HashSet<>(kept.values());
        for (Long topicId : topicIds) {
            if (kept.containsKey(topicId)) {
                continue;
            }
            TopicRef topic = current.get(topicId);
            if (topic == null || topic.status() != TopicStatus.ACTIVE) {
                throw new InvalidInputException("topicIds", "rollcall.topic.not-active");
            }
            covered.add(new CoveredTopic(topic.id(), topic.revision()));
        }
        return covered;
    }

    private RollCallBriefing loadInScope(long id, CityScope scope) {
        RollCallBriefing briefing = briefings
                .findById(id)
                .orElseThrow(() -> new RecordNotFoundException(RecordType.ROLL_CALL_BRIEFING, id));
        if (!scope.allows(briefing.getCityId())) {
            throw new RecordNotFoundException(RecordType.ROLL_CALL_BRIEFING, id);
        }
        return briefing;
    }

    private static boolean canEdit(RollCallBriefing briefing, long me, CityScope scope) {
        return briefing.getCreatedBy() == me || briefing.getPresenterId() == me || scope.isCoordinator();
    }

    private BriefingDetails toDetails(RollCallBriefing briefing, CityScope scope) {
        long me = currentUser.requireId();
        Map<Long, Integer> revisions = new TreeMap<>();
        briefing.getTopics().forEach(t -> revisions.put(t.topicId(), t.revision()));
        List<RevisionRef> covered = topics.revisions(revisions);
        return new BriefingDetails(
                briefing.requireId(),
                briefing.getVersion(),
                briefing.getBriefedOn(),
                briefing.getCityId(),
                briefing.getDepartmentId(),
                briefing.getShiftId(),
                briefing.getPresenterId(),
                briefing.getCreatedBy(),
                covered,
                briefing.getOfficers(),
                briefing.getMinutes(),
                briefing.getFeedback(),
                briefing.getFollowUps(),
                canEdit(briefing, me, scope));
    }
}
