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
}
