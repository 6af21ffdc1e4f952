package org.jcpp.liaison.committees.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdvisoryCommitteeRepository extends JpaRepository<AdvisoryCommittee, Long> {

    List<AdvisoryCommittee> findByCityId(Long cityId);
}
