package org.jcpp.liaison.committees;

import static org.jcpp.liaison.datapractices.CsvFile.column;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.committees.domain.AdvisoryCommittee;
import org.jcpp.liaison.committees.domain.CommitteeMeeting;
import org.jcpp.liaison.committees.domain.CommitteeQueries;
import org.jcpp.liaison.committees.domain.Recommendation;
import org.jcpp.liaison.committees.domain.RecommendationRepository;
import org.jcpp.liaison.contacts.NeedOrigin;
import org.jcpp.liaison.contacts.NeedService;
import org.jcpp.liaison.datapractices.CsvFile;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.rollcall.BriefingRow;
import org.jcpp.liaison.rollcall.RollCallService;
import org.jcpp.liaison.training.TrainingTopicService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The committees' recommendations and concerns, and what the departments did with them ("you said, we did"). Scoped
 * to the user's cities: liaisons and coordinators of the city log and change them; the department's answer (accepted,
 * partly accepted, declined, done) is recorded by a coordinator. Every change goes to its history and the audit trail.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class RecommendationService {

    private final RecommendationRepository recommendations;
    private final CommitteeQueries queries;
    private final CommitteeService committees;
    private final MeetingService meetings;
    private final NeedService needs;
    private final TrainingTopicService topics;
    private final RollCallService rollCall;
    private final ReferenceDataService referenceData;
    private final CurrentUser currentUser;
    private final AuditedChanges changes;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    RecommendationService(
            RecommendationRepository recommendations,
            CommitteeQueries queries,
            CommitteeService committees,
            MeetingService meetings,
            NeedService needs,
            TrainingTopicService topics,
            RollCallService rollCall,
            ReferenceDataService referenceData,
            CurrentUser currentUser,
            AuditedChanges changes,
            AuditTrail audit,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.recommendations = recommendations;
        this.queries = queries;
        this.committees = committees;
        this.meetings = meetings;
        this.needs = needs;
        this.topics = topics;
        this.rollCall = rollCall;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the recommendations the user may see that match the filter, newest first: one statement. */
    public List<RecommendationRow> rows(RecommendationFilter filter, Pageable pageable) {
        return queries.recommendations(currentUser.scopeClause(), filter, LocalDate.now(clock), pageable);
    }

    public long count(RecommendationFilter filter) {
        return queries.countRecommendations(currentUser.scopeClause(), filter, LocalDate.now(clock));
    }

    /** What was raised at a meeting, in the order it was logged. */
    /** How many recommendations the user may see were raised at the meeting. */
    public long countRaisedAt(long meetingId) {
        return queries.countRaisedAt(currentUser.scopeClause(), meetingId);
    }

    public List<RecommendationRow> raisedAt(long meetingId, Pageable pageable) {
        return queries.raisedAt(currentUser.scopeClause(), meetingId, LocalDate.now(clock), pageable);
    }

    /**
     * The recommendations the user may see that match the filter, as CSV: when, where, what was asked in its title,
     * its category and status, due and answered dates (no request or response text, no person); audited.
     */
    @Transactional
    public byte[] exportCsv(RecommendationFilter filter, ExportText text) {
        Map<Long, String> cities = referenceData.allCityNames();
        Map<Long, String> committeeNames = committees.names();
        List<RecommendationRow> rows = queries.recommendations(
                currentUser.scopeClause(), filter, LocalDate.now(clock), PageRequest.of(0, CsvFile.MAX_ROWS));
        audit.exported(RecordType.RECOMMENDATION, 0, null, "recommendations CSV, " + rows.size() + " rows, " + filter);
        return CsvFile.write(
                List.<CsvFile.Column<RecommendationRow>>of(
                        column("committees.raised-on", RecommendationRow::raisedOn),
                        column("contacts.city", row -> cities.getOrDefault(row.cityId(), "")),
                        column("committees.committee", row -> committeeNames.getOrDefault(row.committeeId(), "")),
                        column("committees.title", RecommendationRow::title),
                        column("committees.category", row -> text.label(row.category())),
                        column("committees.status", row -> text.label(row.status())),
                        column("committees.due-on", row -> row.dueOn() == null ? "" : row.dueOn()),
                        column("committees.responded-on", row -> row.respondedOn() == null ? "" : row.respondedOn()),
                        column("committees.overdue", row -> text.yesNo(row.overdue()))),
                rows,
                text);
    }

    public RecommendationDetails get(long id) {
        return details(inScope(id));
    }

    /** A recommendation raised at a held meeting: its history starts with it. */
    @Transactional
    public RecommendationDetails create(@Valid RecommendationData data) {
        long me = currentUser.requireId();
        var saved = changes.create(
                RecordType.RECOMMENDATION, new Recommendation(me), r -> apply(r, data, me), AuditedChanges::noPerson);
        events.publishEvent(new RecommendationRaised(saved.requireId(), saved.getCityId(), me));
        return details(saved);
    }

    @Transactional
    public RecommendationDetails update(long id, long version, @Valid RecommendationData data) {
        long me = currentUser.requireId();
        Recommendation recommendation = inScope(id);
        var saved = changes.update(
                RecordType.RECOMMENDATION, recommendation, version, r -> apply(r, data, me), AuditedChanges::noPerson);
        return details(saved);
    }

    /** A step in what the department did: status and response (an answer is a coordinator's to record). */
    @Transactional
    public RecommendationDetails answer(long id, long version, @Valid RecommendationAnswer answer) {
        long me = currentUser.requireId();
        boolean mayDecide = currentUser.scope().isCoordinator();
        Recommendation recommendation = inScope(id);
        var saved = changes.update(
                RecordType.RECOMMENDATION,
                recommendation,
                version,
                r -> r.answer(answer, me, mayDecide, clock),
                AuditedChanges::noPerson);
        return details(saved);
    }

    /** Deletes one logged by mistake: its author or a coordinator, while the department has not answered it. */
    @Transactional
    public void delete(long id, long version) {
        Recommendation recommendation = inScope(id);
        if (!canDelete(recommendation)) {
            throw new InvalidInputException("", "committees.recommendation.delete-not-allowed");
        }
        changes.delete(RecordType.RECOMMENDATION, recommendation, version, AuditedChanges::noPerson);
    }

    private boolean canDelete(Recommendation recommendation) {
        return !recommendation.getStatus().isAnswer()
                && (recommendation.getCreatedBy() == currentUser.requireId()
                        || currentUser.scope().isCoordinator());
    }

    private void apply(Recommendation recommendation, RecommendationData data, long me) {
        CommitteeMeeting meeting;
        try {
            meeting = meetings.inScope(data.meetingId());
        } catch (RecordNotFoundException notFound) {
            throw new InvalidInputException("meetingId", "committees.meeting.not-yours");
        }
        if (recommendation.getId() != null && !recommendation.getCommitteeId().equals(meeting.getCommitteeId())) {
            throw new InvalidInputException("meetingId", "committees.meeting.other-committee");
        }
        if (meeting.getStatus() != MeetingStatus.HELD) {
            throw new InvalidInputException("meetingId", "committees.meeting.not-held");
        }
        RecommendationData stored = recommendation.getId() == null ? null : recommendation.data();
        if (data.departmentId() != null) {
            boolean kept = stored != null && data.departmentId().equals(stored.departmentId());
            var department = referenceData.department(data.departmentId());
            if (!kept && (department.isEmpty() || department.get().cityId() != meeting.getCityId())) {
                throw new InvalidInputException("departmentId", "committees.department.other-city");
            }
        }
        for (Long needId : data.needIds()) {
            boolean kept = stored != null && stored.needIds().contains(needId);
            boolean sameCity = needs.origin(needId)
                    .filter(NeedOrigin::openable)
                    .map(origin -> Long.valueOf(meeting.getCityId()).equals(origin.cityId()))
                    .orElse(false);
            if (!kept && !sameCity) {
                throw new InvalidInputException("needIds", "committees.link.need-unknown");
            }
        }
        if (!data.topicIds().isEmpty() && !topics.titles().keySet().containsAll(data.topicIds())) {
            throw new InvalidInputException("topicIds", "validation.unknown-choice");
        }
        var newBriefings = new java.util.HashSet<>(data.briefingIds());
        if (stored != null) {
            newBriefings.removeAll(stored.briefingIds());
        }
        long sameCityBriefings = rollCall.visible(newBriefings).stream()
                .filter(b -> b.cityId() == meeting.getCityId())
                .count();
        if (sameCityBriefings != newBriefings.size()) {
            throw new InvalidInputException("briefingIds", "committees.link.briefing-unknown");
        }
        recommendation.raisedAt(
                meeting.getCommitteeId(),
                meeting.getCityId(),
                meeting.requireId(),
                meeting.getStartsAt().toLocalDate());
        recommendation.fill(data, me);
    }

    /** The briefings a recommendation led to, as the user may see them (for its page). */
    public List<BriefingRow> briefings(RecommendationDetails recommendation) {
        return rollCall.visible(recommendation.data().briefingIds());
    }

    /** The needs a recommendation came from: their public facts (category, status) where the user may open them. */
    public List<NeedOrigin> needs(RecommendationDetails recommendation) {
        return recommendation.data().needIds().stream()
                .map(needs::origin)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    Recommendation inScope(long id) {
        Recommendation recommendation = recommendations
                .findById(id)
                .orElseThrow(() -> new RecordNotFoundException(RecordType.RECOMMENDATION, id));
        if (!currentUser.scope().allows(recommendation.getCityId())) {
            throw new RecordNotFoundException(RecordType.RECOMMENDATION, id);
        }
        return recommendation;
    }

    private RecommendationDetails details(Recommendation recommendation) {
        CityScope scope = currentUser.scope();
        AdvisoryCommittee committee = committees.committeeInScope(recommendation.getCommitteeId());
        var history = recommendation.getHistory().stream()
                .map(e -> new RecommendationDetails.HistoryEntry(e.getAt(), e.getById(), e.change()))
                .toList();
        return new RecommendationDetails(
                recommendation.requireId(),
                recommendation.getVersion(),
                recommendation.getCommitteeId(),
                committee.getName(),
                recommendation.getCityId(),
                recommendation.getRaisedOn(),
                recommendation.data(),
                recommendation.getStatus(),
                recommendation.getResponse(),
                recommendation.getRespondedOn(),
                recommendation.isOverdueOn(LocalDate.now(clock)),
                history,
                true,
                scope.isCoordinator(),
                canDelete(recommendation));
    }
}
