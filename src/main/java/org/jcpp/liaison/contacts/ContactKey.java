package org.jcpp.liaison.contacts;

import java.time.LocalDateTime;

/**
 * What makes two contacts the same for an import: the city, the kind, the time (to the minute) and the headcount. A
 * row of a spreadsheet with the key of a stored contact, or of an earlier row, is a duplicate.
 */
public record ContactKey(long cityId, ContactKind kind, LocalDateTime occurredAt, int headcount) {

    public static ContactKey of(ContactData data) {
        return new ContactKey(
                data.cityId(), data.kind(), data.occurredAt().withSecond(0).withNano(0), data.headcount());
    }
}
