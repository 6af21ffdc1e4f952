package org.jcpp.liaison.outreach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.base.MultiLine;
import org.jspecify.annotations.Nullable;

/**
 * An outreach event as it is planned or recorded. {@code organiserId} null means the signed-in user;
 * {@code attendance} (total headcount) is required once the event is held; {@code groupAttendance} is the optional
 * headcount by community group (group id → people). Messages are i18n keys.
 */
public record EventData(
        @NotBlank(message = "validation.required")
        @Size(max = OutreachLimits.TITLE_MAX, message = "outreach.title.too-long")
        String title,

        @NotNull(message = "validation.required") EventType type,
        @NotNull(message = "validation.required") Long cityId,

        @NotNull @Size(max = OutreachLimits.VENUE_MAX, message = "outreach.venue.too-long")
        String venue,

        @NotNull(message = "validation.required") LocalDateTime startsAt,
        @NotNull(message = "validation.required") LocalDateTime endsAt,
        @Nullable Long organiserId,
        @NotNull Set<Long> partnerIds,
        @NotNull Set<Long> languageIds,
        @NotNull(message = "validation.required") EventStatus status,

        @Nullable
        @Min(value = 0, message = "outreach.attendance.range")
        @Max(value = OutreachLimits.HEADCOUNT_MAX, message = "outreach.attendance.range")
        Integer attendance,

        @NotNull
        Map<
                        Long,
                        @NotNull @Min(value = 0, message = "outreach.attendance.range")
                        @Max(value = OutreachLimits.HEADCOUNT_MAX, message = "outreach.attendance.range") Integer>
                groupAttendance,

        @NotNull @Valid List<PoliceData> police,

        @NotNull @Size(max = OutreachLimits.OUTCOMES_MAX, message = "outreach.outcomes.too-long") @MultiLine
        String outcomes,

        @Nullable Long seriesId) {}
