package org.jcpp.liaison.committees;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A police attendee of a meeting: rank and role ("Patrol commander"), no name. */
public record PoliceAttendee(
        @NotNull(message = "validation.required") PoliceRank rank,

        @NotNull @Size(max = CommitteeLimits.ROLE_MAX, message = "committees.role.too-long")
        String role) {}
