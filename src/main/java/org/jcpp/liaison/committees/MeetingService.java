package org.jcpp.liaison.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.committees.domain.AdvisoryCommittee;
import org.jcpp.liaison.committees.domain.CommitteeMeeting;
import org.jcpp.liaison.committees.domain.CommitteeMeetingRepository;
import org.jcpp.liaison.committees.domain.CommitteeMember;
import org.jcpp.liaison.committees.domain.CommitteeQueries;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The meetings of the advisory committees: planned ones (in the calendar) and held ones with their agenda, attendance
 * and minutes. Scoped to the user's cities like the committees; any liaison or coordinator of the city keeps them.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class MeetingService {

    private final CommitteeMeetingRepository meetings;
    private final CommitteeQueries queries;
    private final CommitteeService committees;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final ReferenceDataService referenceData;
    private final AuditedChanges changes;
    private final Clock clock;

    MeetingService(
            CommitteeMeetingRepository meetings,
            CommitteeQueries queries,
            CommitteeService committees,
            CurrentUser currentUser,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            AuditedChanges changes,
            Clock clock) {
        this.meetings = meetings;
        this.queries = queries;
        this.committees = committees;
        this.currentUser = currentUser;
        this.directory = directory;
        this.referenceData = referenceData;
        this.changes = changes;
        this.clock = clock;
    }

    /** One page of a committee's meetings (all the user may see when null), newest first: scoped in its statement. */
    public List<MeetingRow> rows(@Nullable Long committeeId, Pageable pageable) {
        return queries.meetings(currentUser.scopeClause(), committeeId, pageable);
    }

    public long count(@Nullable Long committeeId) {
        return queries.countMeetings(currentUser.scopeClause(), committeeId);
    }

    /** The meetings of the user's cities starting from {@code from} up to {@code to}, for the calendar: one statement. */
    public List<MeetingSlot> between(java.time.LocalDateTime from, java.time.LocalDateTime to) {
        return queries.slots(currentUser.scopeClause(), from, to);
    }

    public MeetingDetails get(long id) {
        return details(inScope(id));
    }

    /**
     * The members a meeting's attendance may name: those serving on its day, and (editing) those already named. By
     * id and name; a member erased by retention has an empty name (the view says so in the reader's language).
     */
    public java.util.Map<Long, String> attendable(long committeeId, LocalDate day, Set<Long> alreadyNamed) {
        committees.committeeInScope(committeeId);
        var names = new java.util.TreeMap<Long, String>();
        committees.membersOf(committeeId).stream()
                .filter(m -> m.servesOn(day) || alreadyNamed.contains(m.requireId()))
                .forEach(m -> names.put(m.requireId(), m.isErased() ? "" : m.getFullName()));
        return names;
    }

    @Transactional
    public MeetingDetails create(@Valid MeetingData data) {
        long me = currentUser.requireId();
        var saved = changes.create(
                RecordType.COMMITTEE_MEETING,
                new CommitteeMeeting(me),
                m -> apply(m, data, me),
                AuditedChanges::noPerson);
        return details(saved);
    }

    @Transactional
    public MeetingDetails update(long id, long version, @Valid MeetingData data) {
        long me = currentUser.requireId();
        CommitteeMeeting meeting = inScope(id);
        if (!meeting.getCommitteeId().equals(data.committeeId())) {
            throw new InvalidInputException("committeeId", "committees.meeting.committee-fixed");
        }
        var saved = changes.update(
                RecordType.COMMITTEE_MEETING, meeting, version, m -> apply(m, data, me), AuditedChanges::noPerson);
        return details(saved);
    }

    /** Deletes a meeting logged by mistake; one where recommendations were raised stays (they refer to it). */
    @Transactional
    public void delete(long id, long version) {
        CommitteeMeeting meeting = inScope(id);
        if (queries.countRaisedAt(id) > 0) {
            throw new InvalidInputException("", "committees.meeting.has-recommendations");
        }
        changes.delete(RecordType.COMMITTEE_MEETING, meeting, version, AuditedChanges::noPerson);
    }

    private void apply(CommitteeMeeting meeting, MeetingData data, long me) {
        AdvisoryCommittee committee = committeeFor(data.committeeId());
        LocalDate day = data.startsAt().toLocalDate();
        MeetingData stored = meeting.getId() == null ? null : meeting.data();
        List<CommitteeMember> serving = committees.servingOn(committee.requireId(), day);
        Set<Long> servingIds = serving.stream().map(CommitteeMember::requireId).collect(Collectors.toSet());
        for (Long memberId : data.status() == MeetingStatus.HELD ? data.memberIds() : Set.<Long>of()) {
            boolean kept = stored != null && stored.memberIds().contains(memberId);
            if (!servingIds.contains(memberId) && !kept) {
                throw new InvalidInputException("memberIds", "committees.attendance.not-serving");
            }
        }
        // those recorded before count as serving: a member erased since, or whose term was shortened, stays present
        var couldAttend = new java.util.HashSet<>(servingIds);
        if (stored != null) {
            couldAttend.addAll(stored.memberIds());
        }
        data.checkRecord(clock, couldAttend.size());
        if (meeting.getId() != null) {
            keepRecommendationsRaisedHere(meeting, data);
        }
        for (Long liaisonId : data.liaisonIds()) {
            boolean kept = stored != null && stored.liaisonIds().contains(liaisonId);
            if (liaisonId != me && !kept && !directory.servesCity(liaisonId, committee.getCityId())) {
                throw new InvalidInputException("liaisonIds", "committees.liaison.not-in-city");
            }
        }
        var languages = referenceData.names(ReferenceKind.LANGUAGE);
        for (Long languageId : data.languageIds()) {
            boolean kept = stored != null && stored.languageIds().contains(languageId);
            if (!languages.containsKey(languageId) && !kept) {
                throw new InvalidInputException("languageIds", "validation.unknown-choice");
            }
        }
        meeting.fill(committee.requireId(), committee.getCityId(), data);
    }

    /**
     * A meeting where recommendations were raised stays held, and its recommendations move with its day (each keeps
     * the day it was raised for the period reports); refused when one's due date would then come before it.
     */
    private void keepRecommendationsRaisedHere(CommitteeMeeting meeting, MeetingData data) {
        long id = meeting.requireId();
        if (queries.countRaisedAt(id) == 0) {
            return;
        }
        if (data.status() != MeetingStatus.HELD) {
            throw new InvalidInputException("status", "committees.meeting.stays-held");
        }
        LocalDate day = data.startsAt().toLocalDate();
        if (!day.equals(meeting.getStartsAt().toLocalDate())) {
            if (queries.anyDueBefore(id, day)) {
                throw new InvalidInputException("startsAt", "committees.meeting.after-a-due-date");
            }
            queries.moveRaisedOn(id, day);
        }
    }

    private AdvisoryCommittee committeeFor(long committeeId) {
        try {
            return committees.committeeInScope(committeeId);
        } catch (RecordNotFoundException notFound) {
            throw new InvalidInputException("committeeId", "committees.committee.not-yours");
        }
    }

    CommitteeMeeting inScope(long id) {
        CommitteeMeeting meeting =
                meetings.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.COMMITTEE_MEETING, id));
        if (!currentUser.scope().allows(meeting.getCityId())) {
            throw new RecordNotFoundException(RecordType.COMMITTEE_MEETING, id);
        }
        return meeting;
    }

    private MeetingDetails details(CommitteeMeeting meeting) {
        AdvisoryCommittee committee = committees.committeeInScope(meeting.getCommitteeId());
        return new MeetingDetails(
                meeting.requireId(),
                meeting.getVersion(),
                meeting.getCityId(),
                committee.getName(),
                meeting.data(),
                true);
    }
}
