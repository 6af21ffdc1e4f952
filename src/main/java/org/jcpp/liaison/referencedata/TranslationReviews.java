package org.jcpp.liaison.referencedata;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.domain.TranslationReview;
import org.jcpp.liaison.referencedata.domain.TranslationReviewRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Which interface translations a native speaker reviewed, by whom and when: kept by admins, shown to them. */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class TranslationReviews {

    private final TranslationReviewRepository reviews;
    private final AuditedChanges changes;
    private final Clock clock;

    TranslationReviews(TranslationReviewRepository reviews, AuditedChanges changes, Clock clock) {
        this.reviews = reviews;
        this.changes = changes;
        this.clock = clock;
    }

    /** Every translated interface language (English, the source, has none), by tag. */
    public List<TranslationReviewRow> list() {
        return reviews.findAllByOrderByLanguageTagAsc().stream()
                .map(TranslationReviews::toRow)
                .toList();
    }

    @Transactional
    public TranslationReviewRow record(@Valid TranslationReviewData data) {
        data.check(clock);
        var review = reviews.findByLanguageTag(data.languageTag())
                .orElseThrow(() -> new ConcurrentEditException(RecordType.TRANSLATION_REVIEW, 0));
        String reviewer = blankToNull(data.reviewedBy());
        var saved = changes.update(
                RecordType.TRANSLATION_REVIEW,
                review,
                data.version(),
                r -> r.review(reviewer, data.reviewedOn(), blankToNull(data.note())),
                AuditedChanges::noPerson);
        return toRow(saved);
    }

    private static @org.jspecify.annotations.Nullable String blankToNull(
            @org.jspecify.annotations.Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static TranslationReviewRow toRow(TranslationReview review) {
        return new TranslationReviewRow(
                review.getLanguageTag(),
                review.getVersion(),
                review.getReviewedBy(),
                review.getReviewedOn(),
                review.getNote());
    }
}
