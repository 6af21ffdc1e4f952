package org.jcpp.liaison.datapractices.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface RetentionRunRepository extends Repository<RetentionRun, Long> {

    RetentionRun save(RetentionRun run);

    Page<RetentionRun> findAllByOrderByAtDesc(Pageable pageable);
}
