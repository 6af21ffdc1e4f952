package org.jcpp.liaison.referencedata.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeVersionRepository extends JpaRepository<NoticeVersion, Long> {

    /** The version in force on a day: the latest that has begun. */
    Optional<NoticeVersion> findFirstByInForceFromLessThanEqualOrderByInForceFromDescIdDesc(LocalDate day);

    List<NoticeVersion> findAllByOrderByInForceFromDescIdDesc();

    boolean existsByVersionCodeIgnoreCase(String code);

    Optional<NoticeVersion> findByVersionCodeIgnoreCase(String code);
}
