package org.jcpp.liaison.committees;

import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.committees.domain.CommitteeQueries;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.jcpp.liaison.datapractices.RetentionTask;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What retention does to the advisory committees: a member whose term ended before the person cutoff loses their name
 * and how to reach them (the term and languages, which counts are made of, stay), as a named resident does when the
 * follow-up closed; the minutes of meetings held before the text cutoff are replaced by {@link RemovedTexts#REMOVED}.
 * The recommendations and responses are the committee's public record and stay.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', 'SYSTEM')")
class CommitteeRetention implements RetentionTask {

    /** What an erased member's name becomes (with their id, so the meetings they attended still count them apart). */
    static final String ERASED_MEMBER = "[member removed after the retention period]";

    private final CommitteeQueries queries;
    private final AuditTrail audit;

    CommitteeRetention(CommitteeQueries queries, AuditTrail audit) {
        this.queries = queries;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Due preview(LocalDate personCutoff, LocalDate textCutoff) {
        return new Due(
                Math.toIntExact(queries.countMembersDue(personCutoff)),
                Math.toIntExact(queries.countMinutesDue(textCutoff.atStartOfDay())));
    }

    /** Set-based: two statements and an audit entry per member and meeting changed. */
    @Override
    @Transactional
    public Due apply(LocalDate personCutoff, LocalDate textCutoff) {
        List<Long> members = queries.eraseMembers(personCutoff, ERASED_MEMBER);
        audit.changedEach(
                RecordType.COMMITTEE_MEMBER,
                members,
                null,
                Changes.of().field("fullName", "(name)", ERASED_MEMBER).field("phone", "(private)", ""));
        List<Long> meetings = queries.removeMinutes(textCutoff.atStartOfDay(), RemovedTexts.REMOVED);
        audit.changedEach(
                RecordType.COMMITTEE_MEETING,
                meetings,
                null,
                Changes.of().field("minutes", "(text)", RemovedTexts.REMOVED));
        return new Due(members.size(), meetings.size());
    }
}
