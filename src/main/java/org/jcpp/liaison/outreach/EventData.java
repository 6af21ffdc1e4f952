package org.jcpp.liaison.outreach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

        @Nullable Long seriesId) {

    /** How long the event lasts. */
    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    /**
     * True when the event ends on a later day than it starts (an end at midnight is still its own day); every event
     * longer than {@link OutreachLimits#ONE_DAY} does. Such an event is saved only after the user confirms it.
     */
    public boolean runsIntoAnotherDay() {
        LocalDate lastDay = endsAt.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? endsAt.toLocalDate().minusDays(1)
                : endsAt.toLocalDate();
        return lastDay.isAfter(startsAt.toLocalDate()) || length().compareTo(OutreachLimits.ONE_DAY) > 0;
    }
}
