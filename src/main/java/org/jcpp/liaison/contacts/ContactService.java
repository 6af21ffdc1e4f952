package org.jcpp.liaison.contacts;

import static org.jcpp.liaison.datapractices.CsvFile.column;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.audit.Changes;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.ListPage;
import org.jcpp.liaison.base.PastWindow;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.domain.Contact;
import org.jcpp.liaison.contacts.domain.ContactQueries;
import org.jcpp.liaison.contacts.domain.ContactRepository;
import org.jcpp.liaison.contacts.domain.NamedPerson;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.datapractices.Classification;
import org.jcpp.liaison.datapractices.CsvFile;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.referencedata.DataUseNotice;
import org.jcpp.liaison.referencedata.DataUseNotices;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The liaison's daily log. Every method is scoped to the member cities of the signed-in user: a record outside them is
 * reported as not found, and lists never include it. Admins have no access to community records.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class ContactService {

    /** A contact may be logged up to this long after "now", to allow for clocks a little ahead. */
    private final ContactRepository contacts;

    private final ContactQueries queries;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final ReferenceDataService referenceData;
    private final AuditTrail audit;
    private final AuditedChanges changes;
    private final org.springframework.beans.factory.ObjectProvider<ContactEvents> events;
    private final DataUseNotices notices;
    private final org.springframework.context.ApplicationEventPublisher publisher;
    private final Clock clock;

    ContactService(
            ContactRepository contacts,
            ContactQueries queries,
            CurrentUser currentUser,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            AuditTrail audit,
            AuditedChanges changes,
            org.springframework.beans.factory.ObjectProvider<ContactEvents> events,
            DataUseNotices notices,
            org.springframework.context.ApplicationEventPublisher publisher,
            Clock clock) {
        this.publisher = publisher;
        this.notices = notices;
        this.changes = changes;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
        this.contacts = contacts;
        this.queries = queries;
        this.currentUser = currentUser;
        this.directory = directory;
        this.referenceData = referenceData;
    }

    /**
     * The data-use notice a liaison gives a resident they name today: the version in force, its texts by language
     * (a draft among them is marked), and the fallback of reading it aloud through an interpreter.
     */
    public DataUseNotice dataUseNotice() {
        return notices.inForce();
    }

    /** One page of the contacts the user may see, newest first, with the total: two statements. */
    public Page<ContactRow> list(ContactFilter filter, Pageable pageable) {
        var scope = currentUser.scopeClause();
        return new PageImpl<>(
                queries.contactRows(scope, filter, pageable), pageable, queries.countContacts(scope, filter));
    }

    /** One page of the contacts the user may see, newest first, without the total: one statement (grids). */
    public List<ContactRow> rows(ContactFilter filter, Pageable pageable) {
        return queries.contactRows(currentUser.scopeClause(), filter, pageable);
    }

    /** The outreach events of the city on that day the user may see, for "Was this at …?" on the contact form. */
    public List<ContactEvents.EventChoice> eventsOn(long cityId, java.time.LocalDate day) {
        ContactEvents known = events.getIfAvailable();
        return known == null ? List.of() : known.on(cityId, day);
    }

    /**
     * The languages of the city's contacts in the last year, most used first: the contact form offers them first.
     * Empty for a city outside the user's scope.
     */
    public List<Long> topLanguages(long cityId) {
        if (!currentUser.scope().allows(cityId)) {
            return List.of();
        }
        return contacts.languagesByUse(
                cityId, java.time.LocalDateTime.now(clock).minusYears(1));
    }

    /** How many contacts the user may see match the filter: one statement. */
    /**
     * Interpreters used in the months from {@code from} to {@code to} (local time), by how they were provided: on
     * contacts and on needs' follow-ups, in the user's cities (of {@code cityIds} when not empty). A row for each way
     * that occurred, "not recorded" last. Two statements.
     */
    public List<InterpreterFigure> interpreterFigures(
            java.time.YearMonth from, java.time.YearMonth to, java.util.Collection<Long> cityIds) {
        var start = from.atDay(1).atStartOfDay();
        var end = to.plusMonths(1).atDay(1).atStartOfDay();
        var onContacts = queries.interpretersOnContacts(currentUser.scopeClause(), start, end, cityIds);
        var onFollowUps = queries.interpretersOnFollowUps(
                currentUser.scopeClause(),
                start.atZone(clock.getZone()).toInstant(),
                end.atZone(clock.getZone()).toInstant(),
                cityIds);
        var figures = new java.util.ArrayList<InterpreterFigure>();
        var modes = new java.util.ArrayList<org.jcpp.liaison.referencedata.@Nullable InterpreterMode>(
                java.util.Arrays.asList(org.jcpp.liaison.referencedata.InterpreterMode.values()));
        modes.add(null);
        for (var mode : modes) {
            String stored = mode == null ? "USED" : "USED " + mode.name();
            long contacts = onContacts.getOrDefault(mode, 0L);
            long followUps = onFollowUps.getOrDefault(stored, 0L);
            if (contacts + followUps > 0) {
                figures.add(new InterpreterFigure(mode, contacts, followUps));
            }
        }
        return figures;
    }

    public long count(ContactFilter filter) {
        return queries.countContacts(currentUser.scopeClause(), filter);
    }

    /**
     * The first {@code rows} contacts the user may see that match, newest first, and how many match, as the list says
     * it (exact up to a thousand, else estimated): what the contact list shows first, found by one search (a text
     * search's matches are read once, not once for the page and again for the size). Its statements read one snapshot,
     * so the page holds the rows the search found, as they were.
     */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ListPage<ContactRow> firstRows(ContactFilter filter, int rows) {
        return queries.firstContacts(currentUser.scopeClause(), filter, rows);
    }

    /**
     * The contacts the user may see that match the filter, newest first, as CSV: public fields only (no summary, no
     * liaison), counts of 1–4 as "fewer than 5", at most {@link CsvFile#MAX_ROWS} rows; the export is audited.
     */
    @Transactional
    public byte[] exportCsv(ContactFilter filter, ExportText text) {
        var names = referenceData.referenceNames();
        Map<Long, String> languages = referenceData.names(ReferenceKind.LANGUAGE);
        List<ContactRow> rows =
                queries.contactRows(currentUser.scopeClause(), filter, PageRequest.of(0, CsvFile.MAX_ROWS));
        audit.exported(RecordType.CONTACT, 0, null, "contacts CSV, " + rows.size() + " rows, " + filter);
        return CsvFile.write(
                List.<CsvFile.Column<ContactRow>>of(
                        column("contacts.when", row -> CsvFile.minutes(row.occurredAt())),
                        column("contacts.city", row -> names.city(row.cityId())),
                        column("contacts.kind", row -> text.label(row.kind())),
                        column("contacts.headcount", row -> text.count(row.headcount())),
                        column("contacts.languages", row -> Arrays.stream(row.languageIds())
                                .map(id -> languages.getOrDefault(id, ""))
                                .collect(Collectors.joining("; "))),
                        column("contacts.language-line", row -> text.yesNo(row.languageLineUsed())),
                        column("interpreter.use", row -> text.label(row.interpreterUse())),
                        column("interpreter.mode", row -> {
                            var mode = row.interpreterMode();
                            return mode == null ? "" : text.label(mode);
                        }),
                        column("contacts.needs", row -> text.count(row.needCount()))),
                rows,
                text);
    }

    public ContactDetails get(long id) {
        CityScope scope = currentUser.scope();
        return toDetails(loadInScope(id, scope), scope);
    }

    @Transactional
    public ContactDetails log(@Valid ContactData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        validate(data, scope, me);
        var saved = changes.create(
                RecordType.CONTACT,
                new Contact(me),
                contact -> {
                    contact.record(data, me);
                    for (int i = 0; i < data.needs().size(); i++) {
                        contact.addNeed(newNeed(data.needs().get(i), contact, me, i));
                    }
                },
                AuditedChanges::noPerson);
        saved.getNeeds()
                .forEach(need -> audit.created(
                        RecordType.NEED, need.requireId(), personId(need), NeedService.auditValues(need)));
        saved.getNeeds().forEach(need -> assigned(need, me));
        return toDetails(saved);
    }

    @Transactional
    public ContactDetails update(long id, long version, @Valid ContactData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        Contact contact = loadInScope(id, scope);
        if (!canEdit(contact, me, scope)) {
            throw new InvalidInputException("", "contact.edit.not-allowed");
        }
        var saved = changes.update(
                RecordType.CONTACT, contact, version, c -> change(c, data, scope, me), AuditedChanges::noPerson);
        return toDetails(saved);
    }

    /** An existing contact's change: its rules, then its fields; its needs follow it to another city. */
    private void change(Contact contact, ContactData data, CityScope scope, long me) {
        validate(data, scope, me);
        if (!data.needs().isEmpty()) {
            throw new IllegalArgumentException("needs of an existing contact are changed on their own page");
        }
        if (!contact.getCityId().equals(data.cityId())) {
            // the needs move with the contact, and their owners must work in the new city
            for (Need need : contact.getNeeds()) {
                if (!directory.servesCity(need.getOwnerId(), data.cityId())) {
                    throw new InvalidInputException("cityId", "contact.city.needs-owners");
                }
            }
        }
        contact.record(data, me);
        for (Need need : contact.getNeeds()) {
            if (!need.getCityId().equals(data.cityId())) {
                audit.changed(
                        RecordType.NEED,
                        need.requireId(),
                        personId(need),
                        Changes.of().field("cityId", need.getCityId(), data.cityId()));
                need.moveTo(data.cityId());
            }
        }
    }

    /** Deletes a contact with its needs; only its author or a coordinator may. */
    @Transactional
    public void delete(long id, long version) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        Contact contact = loadInScope(id, scope);
        if (!canDelete(contact, me, scope)) {
            throw new InvalidInputException("", "contact.delete.not-allowed");
        }
        if (contact.isLegalHold()) {
            throw new InvalidInputException("", "residents.legal-hold");
        }
        changes.delete(RecordType.CONTACT, contact, version, AuditedChanges::noPerson, c -> c.getNeeds()
                .forEach(need -> audit.deleted(
                        RecordType.NEED, need.requireId(), personId(need), NeedService.auditValues(need))));
    }

    /**
     * Places a contact (with its needs and named persons) on legal hold, or lifts the hold: while held, retention
     * leaves it alone and it cannot be deleted or its person erased. Coordinators only; audited.
     */
    @Transactional
    public ContactDetails setLegalHold(long id, long version, boolean held) {
        CityScope scope = currentUser.scope();
        Contact contact = loadInScope(id, scope);
        if (!scope.isCoordinator()) {
            throw new InvalidInputException("", "contact.legal-hold.coordinators");
        }
        var saved = changes.update(
                RecordType.CONTACT, contact, version, c -> c.setLegalHold(held), AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    /** Adds a need to an existing contact. */
    @Transactional
    public NeedRow addNeed(long contactId, @Valid NeedData data) {
        long me = currentUser.requireId();
        Contact contact = loadInScope(contactId, currentUser.scope());
        validateNeed(data, contact.getCityId(), contact.getOccurredAt().toLocalDate(), "");
        Need need = newNeed(data, contact, me, 0);
        contact.addNeed(need);
        contact.markChanged(); // a new need changes the contact: a page opened before must not delete it unseen
        contacts.flush(); // the contact is managed: flushing persists the new need through the cascade
        audit.created(RecordType.NEED, need.requireId(), personId(need), NeedService.auditValues(need));
        assigned(need, me);
        return NeedService.toRow(need, LocalDate.now(clock));
    }

    /** A new need given to someone else than its author: they hear of it (see {@link NeedAssigned}). */
    private void assigned(Need need, long me) {
        if (need.getOwnerId() != me) {
            publisher.publishEvent(new NeedAssigned(
                    need.requireId(), need.getVersion(), need.getOwnerId(), me, need.getCategory(), need.getCityId()));
        }
    }

    // --- rules ---

    /**
     * The rules of a contact that need the stored lists and the user's scope (also an import's rows: a refusal leaves
     * the import's transaction to go on with the next row).
     */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    void validate(ContactData data, CityScope scope, long me) {
        if (!scope.allows(data.cityId())) {
            throw new InvalidInputException("cityId", "contact.city.not-yours");
        }
        PastWindow.asOf(clock).check(data.occurredAt(), "occurredAt", "contact.when");
        Long liaisonId = data.liaisonId();
        if (liaisonId != null && liaisonId != me) {
            if (!scope.isCoordinator()) {
                throw new InvalidInputException("liaisonId", "contact.liaison.only-coordinators");
            }
            if (!directory.servesCity(liaisonId, data.cityId())) {
                throw new InvalidInputException("liaisonId", "contact.liaison.not-in-city");
            }
        }
        if (data.eventId() != null) {
            ContactEvents known = events.getIfAvailable();
            if (known == null || !known.accepts(data.eventId(), data.cityId())) {
                throw new InvalidInputException("cityId", "contact.event.not-this");
            }
        }
        requireKnown(ReferenceKind.LANGUAGE, data.languageIds(), "languageIds");
        requireKnown(ReferenceKind.COMMUNITY_GROUP, data.groupIds(), "groupIds");
        requireKnown(ReferenceKind.TOPIC, data.topicIds(), "topicIds");
        requireKnown(ReferenceKind.PARTNER, data.partnerIds(), "partnerIds");
        for (int i = 0; i < data.needs().size(); i++) {
            validateNeed(data.needs().get(i), data.cityId(), data.occurredAt().toLocalDate(), "needs[" + i + "].");
        }
    }

    private void validateNeed(NeedData need, long cityId, LocalDate contactDay, String prefix) {
        if (need.dueOn() != null
                && !FollowUpWindow.forContactOn(contactDay, clock).allows(need.dueOn())) {
            throw new InvalidInputException(prefix + "dueOn", "need.due.range");
        }
        if (need.ownerId() != null && !directory.servesCity(need.ownerId(), cityId)) {
            throw new InvalidInputException(prefix + "ownerId", "need.owner.not-in-city");
        }
        if (need.referralPartnerId() != null && need.referralConsent() == null) {
            throw new InvalidInputException(prefix + "referralConsent", "need.referral.consent-required");
        }
        if (need.referralPartnerId() != null) {
            requireKnown(ReferenceKind.PARTNER, List.of(need.referralPartnerId()), prefix + "referralPartnerId");
        }
        PersonData person = need.person();
        if (person != null) {
            if (person.preferredLanguageId() != null) {
                requireKnown(
                        ReferenceKind.LANGUAGE,
                        List.of(person.preferredLanguageId()),
                        prefix + "person.preferredLanguageId");
            }
            if (!notice(person, prefix).offers(person.noticeLanguage())) {
                throw new InvalidInputException(prefix + "person.noticeLanguage", "validation.unknown-choice");
            }
        }
    }

    /**
     * The notice version the person was given: the one the form showed (a version that has begun; one opened before a
     * new version came into force keeps the one it showed), else the one in force.
     */
    private DataUseNotice notice(PersonData person, String prefix) {
        String shown = person.noticeVersion();
        if (shown == null) {
            return notices.inForce();
        }
        return notices.given(shown)
                .orElseThrow(
                        () -> new InvalidInputException(prefix + "person.noticeLanguage", "validation.unknown-choice"));
    }

    private void requireKnown(ReferenceKind kind, Collection<Long> ids, String field) {
        if (!ids.isEmpty() && !referenceData.names(kind).keySet().containsAll(ids)) {
            throw new InvalidInputException(field, "validation.unknown-choice");
        }
    }

    Need newNeed(NeedData data, Contact contact, long me, int index) {
        var need = new Need();
        need.setCategory(data.category());
        need.setDescription(data.description());
        need.setOwnerId(data.ownerId() == null ? contact.getLiaisonId() : data.ownerId());
        need.setDueOn(data.dueOn());
        need.setReferral(data.referralPartnerId(), data.referralConsent());
        need.setStatus(data.referralPartnerId() == null ? NeedStatus.OPEN : NeedStatus.REFERRED);
        PersonData person = data.person();
        if (person != null) {
            need.setPerson(new NamedPerson(
                    person.name(),
                    person.preferredLanguageId(),
                    person.reachBy(),
                    person.address(),
                    // checked with the need: the version the form showed, else the one in force
                    person.noticeVersion() != null
                            ? person.noticeVersion()
                            : notices.inForce().code(),
                    person.noticeLanguage(),
                    LocalDate.now(clock)));
        }
        need.record(me, new NeedChange.Raised(data.description()));
        return need;
    }

    /** What the audit trail keeps of a contact: its classified fields (see {@link Classification}). */
    static java.util.Map<String, Object> auditValues(Contact c) {
        return Classification.snapshot(c);
    }

    static @org.jspecify.annotations.Nullable Long personId(Need need) {
        return need.getPerson() == null ? null : need.getPerson().getId();
    }

    private Contact loadInScope(long id, CityScope scope) {
        Contact contact = contacts.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.CONTACT, id));
        if (!scope.allows(contact.getCityId())) {
            throw new RecordNotFoundException(RecordType.CONTACT, id);
        }
        return contact;
    }

    private static boolean canEdit(Contact contact, long me, CityScope scope) {
        return contact.getCreatedBy() == me || contact.getLiaisonId() == me || scope.isCoordinator();
    }

    private static boolean canDelete(Contact contact, long me, CityScope scope) {
        return contact.getCreatedBy() == me || scope.isCoordinator();
    }

    private ContactDetails toDetails(Contact contact) {
        return toDetails(contact, currentUser.scope());
    }

    private ContactDetails toDetails(Contact contact, CityScope scope) {
        long me = currentUser.requireId();
        List<NeedRow> needs = contact.getNeeds().stream()
                .map(need -> NeedService.toRow(need, LocalDate.now(clock)))
                .toList();
        return contact.details(
                needs,
                canEdit(contact, me, scope),
                canDelete(contact, me, scope) && !contact.isLegalHold(),
                scope.isCoordinator());
    }
}
