package org.jcpp.liaison.outreach;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.base.PastWindow;
import org.jspecify.annotations.Nullable;

/**
 * An outreach event as it is planned or recorded. {@code organiserId} null means the signed-in user;
 * {@code attendance} (total headcount) is required once the event is held; {@code groupAttendance} is the optional
 * headcount by community group (group id → people); {@code interpretation}, how its languages were offered. Messages
 * are i18n keys.
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

        @NotNull List<@Valid PoliceData> police,

        @NotNull @Size(max = OutreachLimits.OUTCOMES_MAX, message = "outreach.outcomes.too-long") @MultiLine
        String outcomes,

        @Nullable Long seriesId,
        @NotNull Set<org.jcpp.liaison.referencedata.InterpreterMode> interpretation) {

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

    /**
     * The rules that hold for the event from what was typed alone, refused at the field they concern: it ends after it
     * starts; it starts no more than {@link OutreachLimits#YEARS_BACK} years back or {@link OutreachLimits#YEARS_AHEAD}
     * ahead; a held event has started (give or take {@link PastWindow#SLACK}) and has its total headcount; a planned or
     * cancelled one has no headcount; the headcount by group is not more than the total; each police department is
     * listed once. What needs the stored lists (cities, partners, series, organisers) is the service's to check.
     */
    public void checkRecord(Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "outreach.end.before-start");
        }
        if (startsAt.isBefore(now.minusYears(OutreachLimits.YEARS_BACK))
                || startsAt.isAfter(now.plusYears(OutreachLimits.YEARS_AHEAD))) {
            throw new InvalidInputException("startsAt", "outreach.start.range");
        }
        if (status == EventStatus.HELD) {
            if (startsAt.isAfter(now.plus(PastWindow.SLACK))) {
                throw new InvalidInputException("status", "outreach.held.future");
            }
            if (attendance == null) {
                throw new InvalidInputException("attendance", "outreach.attendance.required-when-held");
            }
        } else if (attendance != null || !groupAttendance.isEmpty()) {
            throw new InvalidInputException("attendance", "outreach.attendance.only-when-held");
        }
        long byGroup =
                groupAttendance.values().stream().mapToLong(Integer::longValue).sum();
        if (byGroup > 0 && (attendance == null || byGroup > attendance)) {
            throw new InvalidInputException("groupAttendance", "outreach.groups.more-than-total");
        }
        var departments = new HashSet<Long>();
        for (int i = 0; i < police.size(); i++) {
            if (!departments.add(police.get(i).departmentId())) {
                throw new InvalidInputException("police[" + i + "].departmentId", "outreach.police.duplicate");
            }
        }
    }
}
