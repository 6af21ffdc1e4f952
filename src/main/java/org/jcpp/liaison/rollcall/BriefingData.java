package org.jcpp.liaison.rollcall;

import static org.jcpp.liaison.rollcall.RollCallLimits.MINUTES_MAX;
import static org.jcpp.liaison.rollcall.RollCallLimits.MINUTES_MIN;
import static org.jcpp.liaison.rollcall.RollCallLimits.OFFICERS_MAX;
import static org.jcpp.liaison.rollcall.RollCallLimits.OFFICERS_MIN;
import static org.jcpp.liaison.rollcall.RollCallLimits.TEXT_MAX;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.jcpp.liaison.base.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * A roll-call briefing as it is logged: when, which shift of which department, who presented ({@code null}: the
 * signed-in user), the catalog topics covered, how many officers and minutes, and what came of it. Messages are i18n
 * keys.
 */
public record BriefingData(
        @NotNull(message = "validation.required") LocalDate briefedOn,
        @NotNull(message = "validation.required") Long departmentId,
        @NotNull(message = "validation.required") Long shiftId,
        @Nullable Long presenterId,

        @NotNull @NotEmpty(message = "rollcall.topics.required")
        Set<Long> topicIds,

        @Min(value = OFFICERS_MIN, message = "rollcall.officers.range")
        @Max(value = OFFICERS_MAX, message = "rollcall.officers.range")
        int officers,

        @Min(value = MINUTES_MIN, message = "rollcall.minutes.range")
        @Max(value = MINUTES_MAX, message = "rollcall.minutes.range")
        int minutes,

        @NotNull @Size(max = TEXT_MAX, message = "rollcall.text.too-long") @MultiLine
        String feedback,

        @NotNull @Size(max = TEXT_MAX, message = "rollcall.text.too-long") @MultiLine
        String followUps) {}
