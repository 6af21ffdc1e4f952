package org.jcpp.liaison.referencedata;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.base.RecordNames;
import org.springframework.stereotype.Component;

/** Names of cities, departments, shifts, partners, community groups, languages and topics for the ids others store. */
@Component
class ReferenceRecordNames implements RecordNames {

    /** The fields other modules store these ids under. */
    private static final Map<String, ReferenceKind> FIELDS = Map.ofEntries(
            Map.entry("city", ReferenceKind.CITY),
            Map.entry("cityId", ReferenceKind.CITY),
            Map.entry("cityIds", ReferenceKind.CITY),
            Map.entry("department", ReferenceKind.DEPARTMENT),
            Map.entry("departmentId", ReferenceKind.DEPARTMENT),
            Map.entry("partnerIds", ReferenceKind.PARTNER),
            Map.entry("referralPartnerId", ReferenceKind.PARTNER),
            Map.entry("groupId", ReferenceKind.COMMUNITY_GROUP),
            Map.entry("groupIds", ReferenceKind.COMMUNITY_GROUP),
            Map.entry("languageIds", ReferenceKind.LANGUAGE),
            Map.entry("preferredLanguageId", ReferenceKind.LANGUAGE),
            Map.entry("topicIds", ReferenceKind.TOPIC));

    private final ReferenceDataService referenceData;

    ReferenceRecordNames(ReferenceDataService referenceData) {
        this.referenceData = referenceData;
    }

    @Override
    public Set<String> fields() {
        var fields = new java.util.HashSet<>(FIELDS.keySet());
        fields.add("shiftId");
        return Set.copyOf(fields);
    }

    @Override
    public Optional<String> name(String field, long id) {
        if ("shiftId".equals(field)) {
            return referenceData.allShifts().stream()
                    .filter(s -> s.id() == id)
                    .map(ShiftRow::name)
                    .findFirst();
        }
        ReferenceKind kind = FIELDS.get(field);
        return kind == null
                ? Optional.empty()
                : Optional.ofNullable(referenceData.names(kind).get(id));
    }
}
