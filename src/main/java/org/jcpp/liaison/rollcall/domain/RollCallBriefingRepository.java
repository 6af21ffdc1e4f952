package org.jcpp.liaison.rollcall.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RollCallBriefingRepository extends JpaRepository<RollCallBriefing, Long> {}
