package org.jcpp.liaison.outreach.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutreachSeriesRepository extends JpaRepository<OutreachSeries, Long> {

    java.util.List<OutreachSeries> findByCityIdOrderByTitleAsc(Long cityId);
}
