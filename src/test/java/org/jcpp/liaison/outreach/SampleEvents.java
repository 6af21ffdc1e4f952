package org.jcpp.liaison.outreach;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Outreach events for tests, as a liaison would plan them. */
public final class SampleEvents {

    private SampleEvents() {}

    /** A community event planned for three hours at a park pavilion, with no groups, police or outcomes yet. */
    public static EventData planned(String title, long cityId, LocalDateTime start) {
        return new EventData(
                title,
                EventType.COMMUNITY_EVENT,
                cityId,
                "Park pavilion",
                start,
                start.plusHours(3),
                null,
                Set.of(),
                Set.of(),
                EventStatus.PLANNED,
                null,
                Map.of(),
                List.of(),
                "",
                null,
                java.util.Set.of());
    }
}
