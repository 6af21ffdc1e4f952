package org.jcpp.liaison.committees;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.committees.domain.AdvisoryCommittee;
import org.jcpp.liaison.committees.domain.AdvisoryCommitteeRepository;
import org.jcpp.liaison.committees.domain.CommitteeMember;
import org.jcpp.liaison.committees.domain.CommitteeMemberRepository;
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
 * The cities' Multicultural Advisory Committees and their members. Scoped to the signed-in user's member cities:
 * liaisons and coordinators manage their cities' committees; admins see none (community records). A committee or
 * member of another city is "not found". Reading a member's contact details is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class CommitteeService {

    private final AdvisoryCommitteeRepository committees;
    private final CommitteeMemberRepository members;
    private final CommitteeQueries queries;
    private final CurrentUser currentUser;
    private final ReferenceDataService referenceData;
    private final AuditedChanges changes;
    private final AuditTrail audit;
    private final Clock clock;

    CommitteeService(
            AdvisoryCommitteeRepository committees,
            CommitteeMemberRepository members,
            CommitteeQueries queries,
            CurrentUser currentUser,
            ReferenceDataService referenceData,
            AuditedChanges changes,
            AuditTrail audit,
            Clock clock) {
        this.committees = committees;
        this.members = members;
        this.queries = queries;
        this.currentUser = currentUser;
        this.referenceData = referenceData;
        this.changes = changes;
        this.audit = audit;
        this.clock = clock;
    }

    // --- committees ---

    /** One page of the committees the user may see, by city and name, with today's figures. */
    public List<CommitteeRow> rows(@Nullable Long cityId, Pageable pageable) {
        return queries.committees(currentUser.scopeClause(), cityId, LocalDate.now(clock), pageable);
    }

    public long count(@Nullable Long cityId) {
        return queries.countCommittees(currentUser.scopeClause(), cityId);
    }

    /** The committees the user may see, by id and name (for a form's choice; a handful per city). */
    public Map<Long, String> names() {
        return queries.committeeNames(currentUser.scopeClause());
    }

    /** A committee of the user's cities: one statement (its scope in it), "not found" for another city's. */
    public CommitteeDetails get(long id) {
        return details(queries.committee(currentUser.scopeClause(), id)
                .orElseThrow(() -> new RecordNotFoundException(RecordType.ADVISORY_COMMITTEE, id)));
    }

    @Transactional
    public CommitteeDetails create(@Valid CommitteeData data) {
        var saved = changes.create(
                RecordType.ADVISORY_COMMITTEE, new AdvisoryCommittee(), c -> apply(c, data), AuditedChanges::noPerson);
        return details(saved);
    }

    @Transactional
    public CommitteeDetails update(long id, long version, @Valid CommitteeData data) {
        AdvisoryCommittee committee = committeeInScope(id);
        if (!committee.getCityId().equals(data.cityId())) {
            throw new InvalidInputException("cityId", "committees.city.fixed");
        }
        var saved = changes.update(
                RecordType.ADVISORY_COMMITTEE, committee, version, c -> apply(c, data), AuditedChanges::noPerson);
        return details(saved);
    }

    private void apply(AdvisoryCommittee committee, CommitteeData data) {
        if (!currentUser.scope().allows(data.cityId())) {
            throw new InvalidInputException("cityId", "committees.city.not-yours");
        }
        boolean taken = committees.findByCityId(data.cityId()).stream()
                .anyMatch(other -> !other.equals(committee)
                        && other.getName().equalsIgnoreCase(data.name().strip()));
        if (taken) {
            throw new InvalidInputException("name", "committees.name.taken");
        }
        committee.setCityId(data.cityId());
        committee.setName(data.name());
        committee.setReportLanguage(data.reportLanguage());
        committee.setActive(data.active());
    }

    /** Whether the committee met in each month from {@code from} to {@code to}, oldest first (a gap: none held). */
    public List<MonthMet> monthsMet(long committeeId, YearMonth from, YearMonth to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "committees.period.order");
        }
        // scoped in its statement: another city's committee shows no meeting
        Map<YearMonth, Integer> held =
                queries.heldByMonth(currentUser.scopeClause(), committeeId, from.atDay(1), to.atEndOfMonth());
        var months = new ArrayList<MonthMet>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(new MonthMet(month, held.getOrDefault(month, 0)));
        }
        return months;
    }

    // --- members ---

    /**
     * A committee's members, serving ones first: names and terms, no contact details. Scoped in the statement (another
     * city's committee has none), so a page is one statement.
     */
    public List<MemberRow> members(long committeeId, Pageable pageable) {
        return queries.members(currentUser.scopeClause(), committeeId, LocalDate.now(clock), pageable);
    }

    /**
     * The totals of a committee's page (members, meetings, recommendations) in one statement, scoped: zeros for another
     * city's committee.
     */
    public CommitteeCounts counts(long committeeId) {
        return queries.counts(currentUser.scopeClause(), committeeId);
    }

    public long countMembers(long committeeId) {
        return queries.countMembers(currentUser.scopeClause(), committeeId);
    }

    /** A member with how to reach them: the reading is audited. */
    @Transactional
    public MemberDetails member(long memberId) {
        CommitteeMember member = memberInScope(memberId);
        audit.viewed(RecordType.COMMITTEE_MEMBER, member.requireId());
        return memberDetails(member);
    }

    @Transactional
    public MemberDetails addMember(long committeeId, @Valid MemberData data) {
        AdvisoryCommittee committee = committeeInScope(committeeId);
        var saved = changes.create(
                RecordType.COMMITTEE_MEMBER,
                new CommitteeMember(committee.requireId(), committee.getCityId()),
                m -> applyMember(m, data),
                AuditedChanges::noPerson);
        return memberDetails(saved);
    }

    @Transactional
    public MemberDetails updateMember(long memberId, long version, @Valid MemberData data) {
        CommitteeMember member = memberInScope(memberId);
        if (member.isErased()) {
            throw new InvalidInputException("", "committees.member.erased");
        }
        var saved = changes.update(
                RecordType.COMMITTEE_MEMBER, member, version, m -> applyMember(m, data), AuditedChanges::noPerson);
        return memberDetails(saved);
    }

    @Transactional
    public void removeMember(long memberId, long version) {
        CommitteeMember member = memberInScope(memberId);
        changes.delete(RecordType.COMMITTEE_MEMBER, member, version, AuditedChanges::noPerson);
    }

    private void applyMember(CommitteeMember member, MemberData data) {
        data.checkRecord(clock);
        if (queries.memberNameTaken(member.getCommitteeId(), data.fullName(), member.getId())) {
            throw new InvalidInputException("fullName", "committees.member.duplicate");
        }
        var languages = referenceData.names(ReferenceKind.LANGUAGE);
        var stored = member.getId() == null ? java.util.Set.<Long>of() : member.getLanguageIds();
        for (Long languageId : data.languageIds()) {
            if (!languages.containsKey(languageId) && !stored.contains(languageId)) {
                throw new InvalidInputException("languageIds", "validation.unknown-choice");
            }
        }
        member.fill(data);
    }

    /** Every member of a committee (a few dozen at most). */
    List<CommitteeMember> membersOf(long committeeId) {
        return members.findByCommitteeId(committeeId);
    }

    /** The committee's members serving on the day (attendance is checked against them). */
    List<CommitteeMember> servingOn(long committeeId, LocalDate day) {
        return members.findByCommitteeId(committeeId).stream()
                .filter(m -> m.servesOn(day))
                .toList();
    }

    AdvisoryCommittee committeeInScope(long id) {
        AdvisoryCommittee committee = committees
                .findById(id)
                .orElseThrow(() -> new RecordNotFoundException(RecordType.ADVISORY_COMMITTEE, id));
        if (!currentUser.scope().allows(committee.getCityId())) {
            throw new RecordNotFoundException(RecordType.ADVISORY_COMMITTEE, id);
        }
        return committee;
    }

    private CommitteeMember memberInScope(long id) {
        CommitteeMember member =
                members.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.COMMITTEE_MEMBER, id));
        if (!currentUser.scope().allows(member.getCityId())) {
            throw new RecordNotFoundException(RecordType.COMMITTEE_MEMBER, id);
        }
        return member;
    }

    private CommitteeDetails details(AdvisoryCommittee committee) {
        return new CommitteeDetails(
                committee.requireId(),
                committee.getVersion(),
                committee.getCityId(),
                committee.getName(),
                committee.getReportLanguage(),
                committee.isActive(),
                true);
    }

    private static MemberDetails memberDetails(CommitteeMember member) {
        return new MemberDetails(
                member.requireId(),
                member.getVersion(),
                member.getCommitteeId(),
                member.getCityId(),
                member.data(),
                member.isErased());
    }
}
