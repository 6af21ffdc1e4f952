package org.jcpp.liaison.referencedata.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TranslationReviewRepository extends JpaRepository<TranslationReview, Long> {

    List<TranslationReview> findAllByOrderByLanguageTagAsc();

    Optional<TranslationReview> findByLanguageTag(String languageTag);
}
