package org.jcpp.liaison.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Which outreach events a contact may be logged at. The contacts module keeps only an event's id; the module that owns
 * events implements this, so contacts need not know it.
 */
public interface ContactEvents {

    /** Whether the signed-in user may log a contact of the given city at the event: it exists, they may see it, same city. */
    boolean accepts(long eventId, long cityId);

    /** The events of the city on that day the user may see (not cancelled), by start: a contact may have been at one. */
    default List<EventChoice> on(long cityId, LocalDate day) {
        return List.of();
    }

    /** An event a contact may be linked to, as the form offers it. */
    record EventChoice(long id, String title, LocalDateTime startsAt) {}
}
