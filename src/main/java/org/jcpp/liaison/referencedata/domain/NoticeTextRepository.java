package org.jcpp.liaison.referencedata.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeTextRepository extends JpaRepository<NoticeText, Long> {

    List<NoticeText> findByNoticeVersionIdOrderByLanguageCodeAsc(long noticeVersionId);

    boolean existsByNoticeVersionIdAndLanguageCode(long noticeVersionId, String languageCode);
}
