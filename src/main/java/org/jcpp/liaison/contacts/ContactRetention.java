package org.jcpp.liaison.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.domain.ContactRepository;
import org.jcpp.liaison.contacts.domain.Need;
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
public class ContactRetention {

    /** What replaces removed text. */
    public static final String REMOVED = "[removed after the retention period]";

    /** What replaces the texts of a need whose person asked to be erased. */
    public static final String ERASED = "[removed at the resident's request]";

    private final ContactRepository contacts;
    private final AuditTrail audit;

    ContactRetention(ContactRepository contacts, AuditTrail audit) {
        this.contacts = contacts;
        this.audit = audit;
    }

    /** How much is due, without changing anything. */
    @Transactional(readOnly = true)
    public Due preview(LocalDate personCutoff, LocalDate textCutoff) {
        return new Due(
                contacts.needsWithPersonsClosedBefore(startOf(personCutoff)).size(),
                contacts.contactsWithTextsBefore(textCutoff.atStartOfDay(), REMOVED)
                        .size());
    }

    /** Erases and removes what is due, writing each change to the audit trail. */
    @Transactional
    public Due apply(LocalDate personCutoff, LocalDate textCutoff) {
        var needs = contacts.needsWithPersonsClosedBefore(startOf(personCutoff));
        for (Need need : needs) {
            audit.changed(
                    RecordType.NEED,
                    need.getId(),
                    need.getPerson().getId(),
                    Changes.of().field("person", true, false));
            need.setPerson(null);
        }
        var old = contacts.contactsWithTextsBefore(textCutoff.atStartOfDay(), REMOVED);
        for (var contact : old) {
            contact.setSummary(REMOVED);
            contact.getNeeds().forEach(need -> {
                need.removeTexts(REMOVED);
                audit.changed(
                        RecordType.NEED, need.getId(), null, Changes.of().field("description", "(text)", REMOVED));
            });
            audit.changed(
                    RecordType.CONTACT, contact.getId(), null, Changes.of().field("summary", "(text)", REMOVED));
        }
        contacts.flush();
        return new Due(needs.size(), old.size());
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    /** Named persons to erase and contacts whose texts go. */
    public record Due(int persons, int contactTexts) {}
}
