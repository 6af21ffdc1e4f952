package org.jcpp.liaison.training;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A training topic with every revision (newest first), what the signed-in user may do with it, and the community need
 * it came from when the user may know of it.
 */
public record TopicDetails(
        long id,
        long version,
        String title,
        String summary,
        String keyPoints,
        TrainingAudience audience,
        TopicStatus status,
        int revision,
        @Nullable Long sourceNeedId,
        long proposedBy,
        List<TopicRevisionRow> revisions,
        boolean canRevise,
        List<TopicStatus> nextStatuses,
        boolean languageAccess) {

    /** A revision of this topic, if it exists. */
    public java.util.Optional<TopicRevisionRow> revision(int number) {
        return revisions.stream().filter(r -> r.revision() == number).findFirst();
    }
}
