package org.jcpp.liaison.contacts;

import java.util.Set;
import org.jcpp.liaison.base.CachedRecordNames;
import org.jcpp.liaison.contacts.domain.NeedRepository;
import org.springframework.stereotype.Component;

/**
 * A need has no name and its text may name a resident, so it is shown by number and the day of its contact ("#45,
 * 2026-11-03"), for the need ids other records keep (the training topic a need raised).
 */
@Component
class NeedRecordNames extends CachedRecordNames {

    NeedRecordNames(NeedRepository needs) {
        super(Set.of("sourceNeedId", "needId", "needIds"), (field, id) -> needs.findById(id)
                .map(n -> "#" + id + ", " + n.getContact().getOccurredAt().toLocalDate()));
    }
}
