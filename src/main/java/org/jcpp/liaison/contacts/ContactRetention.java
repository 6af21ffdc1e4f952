package org.jcpp.liaison.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.domain.RetentionQueries;
import org.jcpp.liaison.datapractices.RemovedTexts;
import org.jcpp.liaison.datapractices.RetentionTask;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What retention does to the daily log: erases named persons whose follow-up closed before a cutoff, and removes the
 * free text (contact summaries, need descriptions and outcomes) of contacts older than another cutoff. Everything
 * counts are made of (dates, cities, kinds, headcounts, languages, needs and their statuses) stays. A contact on
 * legal hold is left alone with its needs.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.ADMIN + "', 'SYSTEM')")
class ContactRetention implements RetentionTask {

    private final RetentionQueries retention;
    private final AuditTrail audit;

    ContactRetention(RetentionQueries retention, AuditTrail audit) {
        this.retention = retention;
        this.audit = audit;
    }

    /** How much is due, without changing anything: two counts. */
    @Override
    @Transactional(readOnly = true)
    public Due preview(LocalDate personCutoff, LocalDate textCutoff) {
        return new Due(
                Math.toIntExact(retention.countPersonsDue(startOf(personCutoff))),
                Math.toIntExact(retention.countTextsDue(textCutoff.atStartOfDay())));
    }

    /**
     * Erases and removes what is due, writing each change to the audit trail: set-based, a few statements whatever
     * the number of records (no record is loaded), an audit entry per need and contact as before.
     */
    @Override
    @Transactional
    public Due apply(LocalDate personCutoff, LocalDate textCutoff) {
        var erased = retention.erasePersons(startOf(personCutoff));
        audit.changedEach(
                RecordType.NEED,
                erased.stream().map(RetentionQueries.Erased::needId).toList(),
                erased.stream()
                        .<@Nullable Long>map(RetentionQueries.Erased::personId)
                        .toList(),
                Changes.of().field("person", true, false));
        var removed = retention.removeTexts(textCutoff.atStartOfDay());
        audit.changedEach(
                RecordType.NEED,
                removed.needIds(),
                null,
                Changes.of().field("description", "(text)", RemovedTexts.REMOVED));
        audit.changedEach(
                RecordType.CONTACT,
                removed.contactIds(),
                null,
                Changes.of().field("summary", "(text)", RemovedTexts.REMOVED));
        return new Due(erased.size(), removed.contactIds().size());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
