package org.jcpp.liaison.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One police department's officers and recruits at an event, and their volunteer hours. */
@Embeddable
public record PoliceParticipation(
        @Column(name = "department_id", nullable = false) Long departmentId,
        @Column(name = "officers", nullable = false) int officers,
        @Column(name = "recruits", nullable = false) int recruits,
        @Column(name = "volunteer_hours", nullable = false) BigDecimal volunteerHours) {}
