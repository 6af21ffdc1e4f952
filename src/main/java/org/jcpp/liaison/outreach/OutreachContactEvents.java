package org.jcpp.liaison.outreach;

import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.contacts.ContactEvents;
import org.springframework.stereotype.Component;

/** Contacts (and the needs raised) may be logged at an event the user can see, in the event's city. */
@Component
class OutreachContactEvents implements ContactEvents {

    private final OutreachService outreach;

    OutreachContactEvents(OutreachService outreach) {
        this.outreach = outreach;
    }

    @Override
    public List<EventChoice> on(long cityId, LocalDate day) {
        return outreach.between(day.atStartOfDay(), day.plusDays(1).atStartOfDay()).stream()
                .filter(event -> event.cityId() == cityId && event.status() != EventStatus.CANCELLED)
                .filter(event -> !event.startsAt().toLocalDate().isAfter(day))
                .map(event -> new EventChoice(event.id(), event.title(), event.startsAt()))
                .toList();
    }

    @Override
    public boolean accepts(long eventId, long cityId) {
        try {
            return outreach.get(eventId).cityId() == cityId;
        } catch (RecordNotFoundException e) {
            return false;
        }
    }
}
