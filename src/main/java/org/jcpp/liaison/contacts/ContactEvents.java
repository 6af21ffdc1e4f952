package org.jcpp.liaison.contacts;

/**
 * Which outreach events a contact may be logged at. The contacts module keeps only an event's id; the module that owns
 * events implements this, so contacts need not know it.
 */
public interface ContactEvents {

    /** Whether the signed-in user may log a contact of the given city at the event: it exists, they may see it, same city. */
    boolean accepts(long eventId, long cityId);
}
