package org.jcpp.liaison.rollcall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A training topic a briefing covered, at the revision current when it was logged. */
@Embeddable
public record CoveredTopic(
        @Column(name = "topic_id", nullable = false) Long topicId,
        @Column(name = "revision", nullable = false) int revision) {}
