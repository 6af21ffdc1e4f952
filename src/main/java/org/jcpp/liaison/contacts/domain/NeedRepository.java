package org.jcpp.liaison.contacts.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NeedRepository extends JpaRepository<Need, Long> {

    @EntityGraph(attributePaths = {"contact", "person"})
    @Query("select n from Need n where n.id = :id")
    Optional<Need> findWithContactAndPerson(Long id);
}
