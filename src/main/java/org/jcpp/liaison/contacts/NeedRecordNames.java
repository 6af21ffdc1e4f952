package org.jcpp.liaison.contacts;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.base.RecordNames;
import org.jcpp.liaison.base.ShortCache;
import org.jcpp.liaison.contacts.domain.NeedRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A need has no name and its text may name a resident, so it is shown by number and the day of its contact ("#45,
 * 2026-11-03"), for the need ids other records keep (the training topic a need raised).
 */
@Component
@Transactional(readOnly = true)
class NeedRecordNames implements RecordNames {

    private static final Set<String> FIELDS = Set.of("sourceNeedId", "needId");

    private final NeedRepository needs;
    private final ShortCache cache = new ShortCache(Duration.ofMinutes(1));

    NeedRecordNames(NeedRepository needs) {
        this.needs = needs;
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public Optional<String> name(String field, long id) {
        if (!FIELDS.contains(field)) {
            return Optional.empty();
        }
        return cache.get("need " + id, () -> needs.findById(id)
                .map(n -> "#" + id + ", " + n.getContact().getOccurredAt().toLocalDate()));
    }
}
