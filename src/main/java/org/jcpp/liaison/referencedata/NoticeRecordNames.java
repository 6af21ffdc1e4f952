package org.jcpp.liaison.referencedata;

import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.base.RecordNames;
import org.jcpp.liaison.referencedata.domain.NoticeVersion;
import org.jcpp.liaison.referencedata.domain.NoticeVersionRepository;
import org.springframework.stereotype.Component;

/** The code of the notice version a notice text belongs to, for the audit trail ("2026-1"). */
@Component
class NoticeRecordNames implements RecordNames {

    private final NoticeVersionRepository versions;

    NoticeRecordNames(NoticeVersionRepository versions) {
        this.versions = versions;
    }

    @Override
    public Set<String> fields() {
        return Set.of("noticeVersionId");
    }

    @Override
    public Optional<String> name(String field, long id) {
        return "noticeVersionId".equals(field) ? versions.findById(id).map(NoticeVersion::getCode) : Optional.empty();
    }
}
