package org.jcpp.liaison.committees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jcpp.liaison.committees.PoliceRank;

/** A police attendee of a meeting, by rank and role. */
@Embeddable
public record PoliceSeat(
        @Enumerated(EnumType.STRING) @Column(name = "rank", nullable = false)
        PoliceRank rank,

        @Column(name = "role", nullable = false) String role) {}
