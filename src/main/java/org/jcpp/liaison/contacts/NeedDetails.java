package org.jcpp.liaison.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A need with its person (if any), referral, outcome and history. */
public record NeedDetails(
        long id,
        long version,
        long contactId,
        LocalDateTime contactOccurredAt,
        long cityId,
        NeedCategory category,
        String description,
        NeedStatus status,
        long ownerId,
        @Nullable LocalDate dueOn,
        boolean overdue,
        @Nullable Long referralPartnerId,
        @Nullable ReferralConsent referralConsent,
        String outcome,
        @Nullable Person person,
        List<Event> history) {

    /** The named person of a follow-up. */
    public record Person(
            String name,
            @Nullable Long preferredLanguageId,
            String reachBy,
            @Nullable String address,
            String noticeVersion,
            String noticeLanguage,
            LocalDate noticeGivenOn) {}

    /** One change in a need's history: what changed, by whom, when; {@code detail} says to what. */
    public record Event(Instant at, long byId, NeedChange change) {}
}
