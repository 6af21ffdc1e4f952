package org.jcpp.liaison.committees.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeMemberRepository extends JpaRepository<CommitteeMember, Long> {

    List<CommitteeMember> findByCommitteeId(Long committeeId);
}
