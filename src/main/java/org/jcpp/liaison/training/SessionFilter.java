package org.jcpp.liaison.training;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which training sessions a list shows: any of the fields may be left empty. */
public record SessionFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long cityId,
        @Nullable Long topicId) {}
