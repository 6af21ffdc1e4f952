package org.jcpp.liaison.contacts.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRepository extends JpaRepository<Contact, Long> {

    /** Needs whose named person is due for erasure: closed before the cutoff, on a contact without a legal hold. */
    @org.springframework.data.jpa.repository.Query("select n from Need n join n.contact c where n.person is not null"
            + " and n.closedAt < :cutoff and c.legalHold = false")
    java.util.List<Need> needsWithPersonsClosedBefore(java.time.Instant cutoff);

    /** Contacts whose texts are due for removal: older than the cutoff, not yet removed, without a legal hold. */
    @org.springframework.data.jpa.repository.Query("select c from Contact c where c.occurredAt < :cutoff"
            + " and c.legalHold = false and c.summary <> :placeholder")
    java.util.List<Contact> contactsWithTextsBefore(java.time.LocalDateTime cutoff, String placeholder);
}
