package org.jcpp.liaison.surveys.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByPublicCode(String code);

    boolean existsByPublicCode(String code);
}
