package org.jcpp.liaison.contacts;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.referencedata.InterpreterMode;
import org.jcpp.liaison.referencedata.InterpreterUse;
import org.jcpp.liaison.referencedata.Interpreting;
import org.jspecify.annotations.Nullable;

/** A contact with its needs, and what the signed-in user may do with it. */
public record ContactDetails(
        long id,
        long version,
        LocalDateTime occurredAt,
        long cityId,
        long liaisonId,
        long createdBy,
        ContactKind kind,
        PlaceType placeType,
        Set<Long> languageIds,
        Set<Long> groupIds,
        Set<Long> topicIds,
        Set<Long> partnerIds,
        int headcount,
        InterpreterUse interpreterUse,
        @Nullable InterpreterMode interpreterMode,
        String summary,
        List<NeedRow> needs,
        boolean canEdit,
        boolean canDelete,
        boolean legalHold,
        boolean canSetLegalHold) {

    /**
     * The contact as its form edits it (its needs are followed up on their own pages, so none are sent; the event it
     * belongs to is not changed by an edit).
     */
    public Interpreting interpreting() {
        return new Interpreting(interpreterUse, interpreterMode);
    }

    public ContactData data() {
        return new ContactData(
                occurredAt,
                cityId,
                liaisonId,
                kind,
                placeType,
                languageIds,
                groupIds,
                topicIds,
                partnerIds,
                headcount,
                interpreterUse,
                interpreterMode,
                summary,
                List.of(),
                null);
    }
}
