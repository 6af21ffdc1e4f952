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

    /**
     * Named persons whose name matches the LIKE pattern (a backslash escapes {@code %} and {@code _}, PostgreSQL's
     * default), ignoring accents and capitals on both sides: the same
     * expression as the trigram index of changeset 0021 ({@code lower(f_unaccent(name))}), so the index serves it.
     */
    @Query(
            value = "select p.id from named_person p where lower(f_unaccent(p.name)) like lower(f_unaccent(:pattern))"
                    + " order by p.name, p.id limit :limit",
            nativeQuery = true)
    java.util.List<Long> findPersonIdsByNameLike(String pattern, int limit);

    @EntityGraph(attributePaths = {"contact", "person"})
    @Query("select n from Need n where n.person.id in :personIds order by n.person.name, n.id")
    java.util.List<Need> findByPersonIdIn(java.util.Collection<Long> personIds);
}
