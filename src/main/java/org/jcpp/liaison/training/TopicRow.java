package org.jcpp.liaison.training;

import java.time.Instant;

/** One line of the training catalog. */
public record TopicRow(
        long id,
        String title,
        String summary,
        TrainingAudience audience,
        TopicStatus status,
        int revision,
        Instant updatedAt,
        boolean fromNeed) {}
