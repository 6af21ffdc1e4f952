package org.jcpp.liaison.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.base.PastWindow;

/**
 * A committee meeting as its form sends it: when and where, planned or held, the agenda, who attended (members by id,
 * police by rank and role, liaisons by account, guests as a count), the interpretation if any, and the minutes.
 */
public record MeetingData(
        @NotNull(message = "validation.required") Long committeeId,
        @NotNull(message = "validation.required") LocalDateTime startsAt,
        @NotNull(message = "validation.required") LocalDateTime endsAt,

        @NotNull @Size(max = CommitteeLimits.PLACE_MAX, message = "committees.place.too-long")
        String place,

        @NotNull(message = "validation.required") MeetingStatus status,

        @NotNull @Size(max = CommitteeLimits.AGENDA_ITEMS_MAX, message = "committees.agenda.too-many")
        List<@NotNull @Size(max = CommitteeLimits.AGENDA_ITEM_MAX, message = "committees.agenda.too-long") String>
                agenda,

        @NotNull Set<Long> memberIds,

        @NotNull @Size(max = CommitteeLimits.POLICE_MAX, message = "committees.police.too-many")
        List<@Valid PoliceAttendee> police,

        @NotNull Set<Long> liaisonIds,

        @Min(value = 0, message = "committees.guests.range")
        @Max(value = CommitteeLimits.GUESTS_MAX, message = "committees.guests.range")
        int guests,

        @NotNull(message = "validation.required") Interpretation interpretation,
        @NotNull Set<Long> languageIds,

        @NotNull @Size(max = CommitteeLimits.MINUTES_MAX, message = "committees.minutes.too-long") @MultiLine
        String minutes) {

    /**
     * The rules of a meeting from what was typed and the committee's size, refused at the field: it ends after it
     * starts and within a day; it is at most {@link PastWindow#YEARS_BACK} years back and {@link
     * CommitteeLimits#YEARS_AHEAD} ahead; a held meeting has started (give or take {@link PastWindow#SLACK}); only a
     * held meeting has attendance; no more members present than the committee had serving that day; an interpreter
     * used names the languages. Which members and liaisons may be named is the service's to check.
     */
    public void checkRecord(Clock clock, int membersServing) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidInputException("endsAt", "committees.end.before-start");
        }
        if (Duration.between(startsAt, endsAt).toHours() >= CommitteeLimits.MEETING_HOURS_MAX) {
            throw new InvalidInputException("endsAt", "committees.end.too-long");
        }
        if (startsAt.isBefore(now.minusYears(PastWindow.YEARS_BACK))
                || startsAt.isAfter(now.plusYears(CommitteeLimits.YEARS_AHEAD))) {
            throw new InvalidInputException("startsAt", "committees.start.range");
        }
        if (status == MeetingStatus.HELD) {
            if (startsAt.isAfter(now.plus(PastWindow.SLACK))) {
                throw new InvalidInputException("status", "committees.held.future");
            }
            if (memberIds.size() > membersServing) {
                throw new InvalidInputException("memberIds", "committees.attendance.more-than-members");
            }
        } else if (!memberIds.isEmpty() || !police.isEmpty() || guests > 0) {
            throw new InvalidInputException("memberIds", "committees.attendance.only-when-held");
        }
        if (interpretation.used() && languageIds.isEmpty()) {
            throw new InvalidInputException("languageIds", "committees.interpretation.languages-required");
        }
    }

    /** The agenda as typed: items stripped, empty ones left out. */
    public List<String> agendaItems() {
        return agenda.stream()
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
