package org.jcpp.liaison.outreach;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Which events a list shows: any field may be left empty. */
public record EventFilter(
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long cityId,
        @Nullable EventType type,
        @Nullable EventStatus status,
        @Nullable Long partnerId,
        @Nullable Long seriesId) {

    public static final EventFilter ANY = new EventFilter(null, null, null, null, null, null, null);

    /** The sessions of a series. */
    public EventFilter withSeries(long id) {
        return new EventFilter(from, to, cityId, type, status, partnerId, id);
    }

    /** The events of a partner organisation. */
    public EventFilter withPartner(long id) {
        return new EventFilter(from, to, cityId, type, status, id, seriesId);
    }
}
