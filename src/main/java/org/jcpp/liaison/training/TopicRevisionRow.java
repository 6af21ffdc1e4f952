package org.jcpp.liaison.training;

import java.time.Instant;

/** One revision of a topic's content, as it was written. */
public record TopicRevisionRow(
        int revision,
        String title,
        String summary,
        String keyPoints,
        TrainingAudience audience,
        String changeNote,
        long authorId,
        Instant createdAt) {}
