package org.jcpp.liaison.rollcall;

import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.training.RevisionRef;

/** A briefing with the topic revisions it covered, and what the signed-in user may do with it. */
public record BriefingDetails(
        long id,
        long version,
        LocalDate briefedOn,
        long cityId,
        long departmentId,
        long shiftId,
        long presenterId,
        long createdBy,
        List<RevisionRef> topics,
        int officers,
        int minutes,
        String feedback,
        String followUps,
        boolean canEdit) {}
