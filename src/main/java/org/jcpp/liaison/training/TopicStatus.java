package org.jcpp.liaison.training;

import java.util.List;

/** Where a training topic stands: proposed, approved by a coordinator, taught (active), or retired. */
public enum TopicStatus {
    PROPOSED,
    APPROVED,
    ACTIVE,
    RETIRED;

    /** The statuses a coordinator may move a topic to from this one. */
    public List<TopicStatus> next() {
        return switch (this) {
            case PROPOSED -> List.of(APPROVED, RETIRED);
            case APPROVED -> List.of(ACTIVE, RETIRED);
            case ACTIVE -> List.of(RETIRED);
            case RETIRED -> List.of(ACTIVE);
        };
    }
}
