package org.jcpp.liaison.training;

import static org.jcpp.liaison.datapractices.CsvFile.column;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.jcpp.liaison.training.domain.TrainingQueries;
import org.jcpp.liaison.training.domain.TrainingSession;
import org.jcpp.liaison.training.domain.TrainingSessionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Formal training sessions delivered to police departments, scoped to the signed-in user's member cities like every
 * community record: liaisons log them for their cities, coordinators see theirs. A session teaches a topic at the
 * revision current when it is logged.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class TrainingSessionService {

    private final TrainingSessionRepository sessions;
    private final TrainingQueries queries;
    private final TrainingTopicService topics;
    private final ReferenceDataService referenceData;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final AuditedChanges changes;
    private final Clock clock;

    TrainingSessionService(
            TrainingSessionRepository sessions,
            TrainingQueries queries,
            TrainingTopicService topics,
            ReferenceDataService referenceData,
            CurrentUser currentUser,
            AuditTrail audit,
            AuditedChanges changes,
            Clock clock) {
        this.changes = changes;
        this.clock = clock;
        this.sessions = sessions;
        this.queries = queries;
        this.topics = topics;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** One page of the sessions the user may see, newest first: one statement. */
    public List<SessionRow> rows(SessionFilter filter, org.springframework.data.domain.Pageable pageable) {
        return queries.sessionRows(currentUser.scopeClause(), filter, pageable);
    }

    public long count(SessionFilter filter) {
        return queries.countSessions(currentUser.scopeClause(), filter);
    }

    /**
     * The sessions the user may see that match the filter, newest first, as CSV: no trainers, attendee list or
     * comments, counts of 1–4 as "fewer than 5", at most {@link CsvFile#MAX_ROWS} rows; the export is audited.
     */
    @Transactional
    public byte[] exportCsv(SessionFilter filter, ExportText text) {
        var names = referenceData.referenceNames();
        Map<Long, String> titles = topics.titles();
        List<SessionRow> rows =
                queries.sessionRows(currentUser.scopeClause(), filter, PageRequest.of(0, CsvFile.MAX_ROWS));
        audit.exported(RecordType.TRAINING_SESSION, 0, null, "sessions CSV, " + rows.size() + " rows, " + filter);
        return CsvFile.write(
                List.<CsvFile.Column<SessionRow>>of(
                        column("training.sessions.date", SessionRow::heldOn),
                        column("contacts.city", row -> names.city(row.cityId())),
                        column("rollcall.department", row -> names.department(row.departmentId())),
                        column("training.topic", row -> titles.getOrDefault(row.topicId(), "")),
                        column("export.revision", SessionRow::topicRevision),
                        column(
                                "training.sessions.hours",
                                row -> row.hours().stripTrailingZeros().toPlainString()),
                        column("training.sessions.attendees", row -> text.count(row.attendees())),
                        column(
                                "training.sessions.rating.short",
                                row -> row.rating() == null
                                        ? ""
                                        : row.rating().stripTrailingZeros().toPlainString())),
                rows,
                text);
    }

    /** Sessions, hours and officers trained per city and month in the period, for the user's cities. */
    public List<TrainingMonth> months(LocalDate from, LocalDate to) {
        return queries.months(currentUser.scopeClause(), from, to);
    }

    public SessionDetails get(long id) {
        CityScope scope = currentUser.scope();
        return toDetails(loadInScope(id, scope), scope);
    }

    @Transactional
    public SessionDetails log(@Valid SessionData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        var saved = changes.create(
                RecordType.TRAINING_SESSION,
                new TrainingSession(me),
                session -> apply(session, data, scope, null),
                AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    @Transactional
    public SessionDetails update(long id, long version, @Valid SessionData data) {
        CityScope scope = currentUser.scope();
        TrainingSession session = loadInScope(id, scope);
        requireEditable(session, scope);
        var saved = changes.update(
                RecordType.TRAINING_SESSION, session, version, s -> apply(s, data, scope, s), AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    @Transactional
    public void delete(long id, long version) {
        CityScope scope = currentUser.scope();
        TrainingSession session = loadInScope(id, scope);
        requireEditable(session, scope);
        changes.delete(RecordType.TRAINING_SESSION, session, version, AuditedChanges::noPerson);
    }

    // --- rules ---

    private void apply(TrainingSession session, SessionData data, CityScope scope, @Nullable TrainingSession existing) {
        DepartmentRef department = referenceData
                .department(data.departmentId())
                .orElseThrow(() -> new InvalidInputException("departmentId", "validation.unknown-choice"));
        if (!scope.allows(department.cityId())) {
            throw new InvalidInputException("departmentId", "rollcall.department.not-yours");
        }
        PastWindow.asOf(clock).check(data.heldOn(), "heldOn", "training.date");
        boolean sameTopic = existing != null && existing.getTopicId().equals(data.topicId());
        if (!sameTopic) {
            TopicRef topic = topics.current(List.of(data.topicId())).get(data.topicId());
            if (topic == null || topic.status() != TopicStatus.ACTIVE) {
                throw new InvalidInputException("topicId", "training.topic.not-active");
            }
            session.setTopic(topic.id(), topic.revision());
        }
        session.setHeldOn(data.heldOn());
        session.setDepartment(department.id(), department.cityId());
        session.setTrainers(data.trainers().strip());
        session.setHours(data.hours().setScale(2, RoundingMode.HALF_UP));
        session.setAttendees(data.attendees());
        session.setAttendeeList(data.attendeeList().strip());
        session.setRating(data.rating() == null ? null : data.rating().setScale(1, RoundingMode.HALF_UP));
        session.setEvaluationComments(data.evaluationComments().strip());
    }

    /** Only the session's author or a coordinator changes or deletes it. */
    private void requireEditable(TrainingSession session, CityScope scope) {
        if (!canEdit(session, scope)) {
            throw new InvalidInputException("", "training.sessions.edit.not-allowed");
        }
    }

    private boolean canEdit(TrainingSession session, CityScope scope) {
        return scope.isCoordinator() || session.getCreatedBy() == currentUser.requireId();
    }

    private TrainingSession loadInScope(long id, CityScope scope) {
        TrainingSession session =
                sessions.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.TRAINING_SESSION, id));
        if (!scope.allows(session.getCityId())) {
            throw new RecordNotFoundException(RecordType.TRAINING_SESSION, id);
        }
        return session;
    }

    private SessionDetails toDetails(TrainingSession session, CityScope scope) {
        RevisionRef topic = topics.revisions(Map.of(session.getTopicId(), session.getTopicRevision()))
                .getFirst();
        BigDecimal rating = session.getRating();
        return new SessionDetails(
                session.requireId(),
                session.getVersion(),
                topic,
                session.getHeldOn(),
                session.getCityId(),
                session.getDepartmentId(),
                session.getTrainers(),
                session.getHours(),
                session.getAttendees(),
                session.getAttendeeList(),
                rating,
                session.getEvaluationComments(),
                session.getCreatedBy(),
                canEdit(session, scope));
    }
}
