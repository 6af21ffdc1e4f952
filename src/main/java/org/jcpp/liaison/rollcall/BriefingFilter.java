package org.jcpp.liaison.rollcall;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which briefings a list shows: any of the fields may be left empty. */
public record BriefingFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long cityId,
        @Nullable Long departmentId,
        @Nullable Long topicId) {}
