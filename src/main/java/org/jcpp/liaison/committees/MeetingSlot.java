package org.jcpp.liaison.committees;

import java.time.LocalDateTime;

/** A committee meeting as a calendar shows it: whose, where (the city), when, and whether it was cancelled. */
public record MeetingSlot(
        long id,
        String committeeName,
        long cityId,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        MeetingStatus status) {}
