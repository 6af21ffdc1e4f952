package org.jcpp.liaison.reporting.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PublicPageRepository extends JpaRepository<PublicPage, Long> {

    /** The one row (made by the schema). */
    default PublicPage theOne() {
        return findAll().getFirst();
    }
}
