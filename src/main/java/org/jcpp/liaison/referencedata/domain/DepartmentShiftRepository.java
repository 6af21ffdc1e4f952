package org.jcpp.liaison.referencedata.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentShiftRepository extends JpaRepository<DepartmentShift, Long> {

    List<DepartmentShift> findByDepartmentIdOrderBySortOrderAscNameAsc(Long departmentId);

    boolean existsByDepartmentIdAndNameIgnoreCaseAndIdNot(Long departmentId, String name, Long id);

    boolean existsByDepartmentIdAndNameIgnoreCase(Long departmentId, String name);
}
