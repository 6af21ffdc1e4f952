package org.jcpp.liaison.committees;

import java.time.LocalDateTime;

/** One meeting in a committee's list: when, where, its status, how many attended and what was raised. */
public record MeetingRow(
        long id,
        long committeeId,
        LocalDateTime startsAt,
        String place,
        MeetingStatus status,
        int membersPresent,
        int policePresent,
        int guests,
        int recommendations) {}
