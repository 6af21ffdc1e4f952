package org.jcpp.liaison.outreach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A series of events (a six-week academy): who enrolled and, once it ends, how many completed it. */
public record SeriesData(
        @NotBlank(message = "validation.required")
        @Size(max = OutreachLimits.TITLE_MAX, message = "outreach.title.too-long")
        String title,

        @NotNull(message = "validation.required") Long cityId,

        @Min(value = 0, message = "outreach.participants.range")
        @Max(value = OutreachLimits.PARTICIPANTS_MAX, message = "outreach.participants.range")
        int participantsEnrolled,

        @Nullable
        @Min(value = 0, message = "outreach.participants.range")
        @Max(value = OutreachLimits.PARTICIPANTS_MAX, message = "outreach.participants.range")
        Integer participantsCompleted) {}
