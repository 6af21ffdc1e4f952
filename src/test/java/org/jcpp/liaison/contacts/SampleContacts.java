package org.jcpp.liaison.contacts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Contacts and needs for tests, with only what a test cares about spelled out. */
public final class SampleContacts {

    private SampleContacts() {}

    /** A one-to-one home visit an hour ago, with the given needs. */
    public static ContactData visit(long cityId, String summary, NeedData... needs) {
        return visitOn(LocalDateTime.now().minusHours(1), cityId, summary, needs);
    }

    /** A one-to-one home visit at the given time (a follow-up is due on the day of the contact at the earliest). */
    public static ContactData visitOn(LocalDateTime when, long cityId, String summary, NeedData... needs) {
        return new ContactData(
                when,
                cityId,
                null,
                ContactKind.ONE_TO_ONE,
                PlaceType.HOME,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                1,
                org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                null,
                summary,
                List.of(needs),
                null);
    }

    public static NeedData need(NeedCategory category, String description, LocalDate dueOn, PersonData person) {
        return new NeedData(category, description, null, dueOn, null, null, person);
    }

    /**
     * A follow-up step that moves {@code need} to {@code status} with {@code outcome}: the same owner, no due date, no
     * referral, no interpreter needed.
     */
    public static NeedUpdate step(NeedDetails need, NeedStatus status, String outcome) {
        return new NeedUpdate(
                need.id(),
                need.version(),
                status,
                need.ownerId(),
                null,
                null,
                null,
                outcome,
                org.jcpp.liaison.referencedata.InterpreterUse.NOT_NEEDED,
                null);
    }
}
