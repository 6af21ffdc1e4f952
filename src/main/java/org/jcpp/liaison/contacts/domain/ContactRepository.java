package org.jcpp.liaison.contacts.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    /** The languages of the city's contacts since {@code since}, most used first (counted in the database). */
    @org.springframework.data.jpa.repository.Query(
            value = "SELECT l.language_id FROM contact c CROSS JOIN LATERAL unnest(c.language_ids) AS l(language_id)"
                    + " WHERE c.city_id = :cityId AND c.occurred_at >= :since"
                    + " GROUP BY l.language_id ORDER BY count(*) DESC, l.language_id",
            nativeQuery = true)
    java.util.List<Long> languagesByUse(long cityId, java.time.LocalDateTime since);

    /** Needs whose named person is due for erasure: closed before the cutoff, on a contact without a legal hold. */
    @org.springframework.data.jpa.repository.Query("select n from Need n join n.contact c where n.person is not null"
            + " and n.closedAt < :cutoff and c.legalHold = false")
    java.util.List<Need> needsWithPersonsClosedBefore(java.time.Instant cutoff);

    /** Contacts whose texts are due for removal: older than the cutoff, not yet removed, without a legal hold. */
    @org.springframework.data.jpa.repository.Query("select c from Contact c where c.occurredAt < :cutoff"
            + " and c.legalHold = false and c.summary <> :placeholder")
    java.util.List<Contact> contactsWithTextsBefore(java.time.LocalDateTime cutoff, String placeholder);
}
