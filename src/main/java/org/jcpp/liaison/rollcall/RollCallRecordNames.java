package org.jcpp.liaison.rollcall;

import java.util.Set;
import org.jcpp.liaison.base.CachedRecordNames;
import org.jcpp.liaison.rollcall.domain.RollCallBriefingRepository;
import org.springframework.stereotype.Component;

/** Roll-call briefings by day and shift id, for the briefing ids other records keep (a recommendation it led to). */
@Component
class RollCallRecordNames extends CachedRecordNames {

    RollCallRecordNames(RollCallBriefingRepository briefings) {
        super(
                Set.of("briefingIds"),
                (field, id) -> briefings.findById(id).map(b -> "#" + id + ", " + b.getBriefedOn()));
    }
}
