package org.jcpp.liaison.languageaccess.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InterpreterAccountRepository extends JpaRepository<InterpreterAccount, Long> {

    boolean existsByAccountIgnoreCase(String account);

    boolean existsByAccountIgnoreCaseAndIdNot(String account, Long id);

    List<InterpreterAccount> findAllByOrderByVendorAscAccountAsc(Pageable pageable);

    List<InterpreterAccount> findByDepartmentIdInOrderByVendorAscAccountAsc(
            java.util.Collection<Long> departmentIds, Pageable pageable);

    long countByDepartmentIdIn(java.util.Collection<Long> departmentIds);
}
