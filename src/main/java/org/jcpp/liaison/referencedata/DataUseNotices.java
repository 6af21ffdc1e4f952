package org.jcpp.liaison.referencedata;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.ConcurrentEditException;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.domain.NoticeText;
import org.jcpp.liaison.referencedata.domain.NoticeTextRepository;
import org.jcpp.liaison.referencedata.domain.NoticeVersion;
import org.jcpp.liaison.referencedata.domain.NoticeVersionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The data-use notice residents are given when they are named: its versions and their texts by language, kept by
 * admins (who see no community records), read by everyone who names a person. The liaison's form offers the version
 * in force; the contacts module records which version and language were given.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class DataUseNotices {

    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    /** Who names residents (liaisons, coordinators) and who keeps the notice (admins). */
    private static final String READERS =
            "hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "', '" + Roles.ADMIN + "')";

    private final NoticeVersionRepository versions;
    private final NoticeTextRepository texts;
    private final ReferenceDataService referenceData;
    private final AuditedChanges changes;
    private final Clock clock;

    DataUseNotices(
            NoticeVersionRepository versions,
            NoticeTextRepository texts,
            ReferenceDataService referenceData,
            AuditedChanges changes,
            Clock clock) {
        this.versions = versions;
        this.texts = texts;
        this.referenceData = referenceData;
        this.changes = changes;
        this.clock = clock;
    }

    /** The version given today: the latest that has begun, with its texts. */
    @PreAuthorize(READERS)
    public DataUseNotice inForce() {
        var version = versions.findFirstByInForceFromLessThanEqualOrderByInForceFromDescIdDesc(LocalDate.now(clock))
                .orElseThrow(
                        () -> new IllegalStateException("no data-use notice is in force (changeset 0047 seeds one)"));
        return toNotice(version);
    }

    /**
     * The version a liaison's form showed, by its name, if it has begun (a form opened before a new version came into
     * force records the one it showed); none is a version not yet given or not known.
     */
    @PreAuthorize(READERS)
    public java.util.Optional<DataUseNotice> given(String code) {
        return versions.findByVersionCodeIgnoreCase(code)
                .filter(v -> !v.getInForceFrom().isAfter(LocalDate.now(clock)))
                .map(this::toNotice);
    }

    /** Every version, the newest first, with which one is in force and how many of its texts are reviewed. */
    @PreAuthorize(ADMIN)
    public List<NoticeVersionRow> versions() {
        var inForce = versions.findFirstByInForceFromLessThanEqualOrderByInForceFromDescIdDesc(LocalDate.now(clock))
                .map(NoticeVersion::requireId)
                .orElse(-1L);
        return versions.findAllByOrderByInForceFromDescIdDesc().stream()
                .map(v -> {
                    var its = texts.findByNoticeVersionIdOrderByLanguageCodeAsc(v.requireId());
                    int reviewed = (int)
                            its.stream().filter(t -> t.getReviewedBy() != null).count();
                    return new NoticeVersionRow(
                            v.requireId(),
                            v.getVersion(),
                            v.getCode(),
                            v.getInForceFrom(),
                            v.requireId().equals(inForce),
                            !v.requireId().equals(inForce)
                                    && !v.getInForceFrom().isAfter(LocalDate.now(clock)),
                            its.size(),
                            reviewed);
                })
                .toList();
    }

    /** One version with its texts. */
    @PreAuthorize(ADMIN)
    public DataUseNotice version(long id) {
        return toNotice(findVersion(id));
    }

    /**
     * Writes one language's text of a version: a new language (on the language list, once per version) or a
     * correction; a text changed after its review must have its review cleared or given anew.
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public NoticeTextRow saveText(@Valid NoticeTextData data) {
        var version = findVersion(data.noticeVersionId());
        if (superseded(version)) {
            throw new InvalidInputException("text", "notice.version.superseded");
        }
        if (data.id() == null) {
            data.check(clock, null);
            if (referenceData.languages().stream()
                    .noneMatch(l -> data.languageCode().equals(l.code()))) {
                throw new InvalidInputException("languageCode", "validation.unknown-choice");
            }
            if (texts.existsByNoticeVersionIdAndLanguageCode(data.noticeVersionId(), data.languageCode())) {
                throw new InvalidInputException("languageCode", "notice.text.language-taken");
            }
            var created = changes.create(
                    RecordType.NOTICE_TEXT,
                    new NoticeText(data.noticeVersionId(), data.languageCode()),
                    t -> write(t, data),
                    AuditedChanges::noPerson);
            return toRow(created);
        }
        long id = data.id();
        var stored = texts.findById(id)
                .filter(t -> t.getNoticeVersionId() == data.noticeVersionId())
                .orElseThrow(() -> new ConcurrentEditException(RecordType.NOTICE_TEXT, id));
        data.check(clock, toRow(stored));
        var saved = changes.update(
                RecordType.NOTICE_TEXT, stored, data.version(), t -> write(t, data), AuditedChanges::noPerson);
        return toRow(saved);
    }

    /**
     * Starts a new version given from a day to come, its texts copied from another version as drafts (the translator
     * kept, the review cleared: a revised notice is read again).
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public NoticeVersionRow startVersion(@Valid NoticeVersionData data) {
        data.check(clock);
        if (versions.existsByVersionCodeIgnoreCase(data.code().strip())) {
            throw new InvalidInputException("code", "notice.version.code.taken");
        }
        var from = findVersion(data.copyFromId());
        var created = changes.create(
                RecordType.NOTICE_VERSION,
                new NoticeVersion(),
                v -> v.start(data.code(), java.util.Objects.requireNonNull(data.inForceFrom())),
                AuditedChanges::noPerson);
        var copied = texts.findByNoticeVersionIdOrderByLanguageCodeAsc(from.requireId());
        for (var text : copied) {
            changes.create(
                    RecordType.NOTICE_TEXT,
                    new NoticeText(created.requireId(), text.getLanguageCode()),
                    t -> t.write(text.getText(), text.getTranslatedBy(), null, null),
                    AuditedChanges::noPerson);
        }
        return new NoticeVersionRow(
                created.requireId(),
                created.getVersion(),
                created.getCode(),
                created.getInForceFrom(),
                false,
                false,
                copied.size(),
                0);
    }

    /** The languages a version may get a text in: those on the list with a code, the active ones. */
    @PreAuthorize(ADMIN)
    public List<LanguageRef> languages() {
        return referenceData.languages().stream()
                .filter(l -> l.code() != null && l.active())
                .toList();
    }

    /**
     * A version given before the one in force: its texts stay as they were given (a recorded version and language
     * then always name the same words).
     */
    private boolean superseded(NoticeVersion version) {
        var inForce = versions.findFirstByInForceFromLessThanEqualOrderByInForceFromDescIdDesc(LocalDate.now(clock));
        return !version.getInForceFrom().isAfter(LocalDate.now(clock))
                && inForce.filter(v -> v.requireId().equals(version.requireId()))
                        .isEmpty();
    }

    private static void write(NoticeText text, NoticeTextData data) {
        text.write(data.text(), data.translatedBy(), data.reviewedBy(), data.reviewedOn());
    }

    private NoticeVersion findVersion(long id) {
        return versions.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.NOTICE_VERSION, id));
    }

    private DataUseNotice toNotice(NoticeVersion version) {
        var its = texts.findByNoticeVersionIdOrderByLanguageCodeAsc(version.requireId()).stream()
                .map(DataUseNotices::toRow)
                .toList();
        return new DataUseNotice(version.requireId(), version.getCode(), version.getInForceFrom(), its);
    }

    private static NoticeTextRow toRow(NoticeText text) {
        return new NoticeTextRow(
                text.requireId(),
                text.getVersion(),
                text.getNoticeVersionId(),
                text.getLanguageCode(),
                text.getText(),
                text.getTranslatedBy(),
                text.getReviewedBy(),
                text.getReviewedOn());
    }
}
