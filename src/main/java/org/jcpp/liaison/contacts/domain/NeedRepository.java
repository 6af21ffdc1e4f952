package org.jcpp.liaison.contacts.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NeedRepository extends JpaRepository<Need, Long> {

    @EntityGraph(attributePaths = {"contact", "person"})
    @Query("select n from Need n where n.id = :id")
    Optional<Need> findWithContactAndPerson(Long id);

    @EntityGraph(attributePaths = {"contact", "person"})
    @Query("select n from Need n where n.person.id = :personId")
    Optional<Need> findByPersonId(Long personId);

    @EntityGraph(attributePaths = {"contact", "person"})
    @Query("select n from Need n where lower(n.person.name) like :pattern order by n.person.name, n.id")
    java.util.List<Need> findByPersonNameLike(String pattern, org.springframework.data.domain.Pageable pageable);
}
