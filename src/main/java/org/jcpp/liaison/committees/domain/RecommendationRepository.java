package org.jcpp.liaison.committees.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    /** A committee's recommendations raised in the period, oldest first (the report-back). */
    List<Recommendation> findByCommitteeIdAndRaisedOnBetweenOrderByRaisedOnAscIdAsc(
            Long committeeId, LocalDate from, LocalDate to);
}
