package org.jcpp.liaison.referencedata.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;

public interface PoliceDepartmentRepository extends NamedItemRepository<PoliceDepartment> {

    @Override
    @EntityGraph(attributePaths = "city")
    Page<PoliceDepartment> findByNameContainingIgnoreCase(String name, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = "city")
    List<PoliceDepartment> findByActiveTrueOrderByNameAsc();

    @Query("select d from PoliceDepartment d join fetch d.city order by d.name")
    List<PoliceDepartment> findAllWithCity();
}
