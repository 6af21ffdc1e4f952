package org.jcpp.liaison.training;

import org.jspecify.annotations.Nullable;

/** What the training catalog shows: any of the fields may be left empty. */
public record TopicFilter(
        @Nullable TopicStatus status,
        @Nullable TrainingAudience audience,
        @Nullable String text) {

    public static final TopicFilter ALL = new TopicFilter(null, null, null);
}
