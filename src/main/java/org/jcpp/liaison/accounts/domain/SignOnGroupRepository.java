package org.jcpp.liaison.accounts.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SignOnGroupRepository extends JpaRepository<SignOnGroup, Long> {

    List<SignOnGroup> findByGroupNameIn(Collection<String> groupNames);

    boolean existsByGroupNameIgnoreCaseAndIdNot(String groupName, long id);

    boolean existsByGroupNameIgnoreCase(String groupName);
}
