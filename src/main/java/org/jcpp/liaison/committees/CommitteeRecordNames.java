package org.jcpp.liaison.committees;

import java.util.Set;
import org.jcpp.liaison.base.CachedRecordNames;
import org.jcpp.liaison.committees.domain.AdvisoryCommitteeRepository;
import org.jcpp.liaison.committees.domain.CommitteeMeetingRepository;
import org.jcpp.liaison.committees.domain.CommitteeMemberRepository;
import org.springframework.stereotype.Component;

/** Committees by name, meetings by day, members by number, for the ids the committees' records keep. */
@Component
class CommitteeRecordNames extends CachedRecordNames {

    CommitteeRecordNames(
            AdvisoryCommitteeRepository committees,
            CommitteeMeetingRepository meetings,
            CommitteeMemberRepository members) {
        super(Set.of("committeeId", "meetingId", "memberIds"), (field, id) -> switch (field) {
            case "committeeId" -> committees.findById(id).map(c -> c.getName());
            case "meetingId" ->
                meetings.findById(id).map(m -> "#" + id + ", " + m.getStartsAt().toLocalDate());
            // members by number only: their names are confidential (retention removes them, the trail keeps none)
            default -> members.findById(id).map(m -> "#" + m.requireId());
        });
    }
}
