package org.jcpp.liaison.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How many people of one community group attended an event. */
@Embeddable
public record GroupAttendance(
        @Column(name = "group_id", nullable = false) Long groupId,
        @Column(name = "headcount", nullable = false) int headcount) {}
