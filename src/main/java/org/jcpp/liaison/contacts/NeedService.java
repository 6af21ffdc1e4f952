package org.jcpp.liaison.contacts;

import static org.jcpp.liaison.datapractices.CsvFile.column;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.contacts.domain.ContactQueries;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.contacts.domain.NeedRepository;
import org.jcpp.liaison.datapractices.Classification;
import org.jcpp.liaison.datapractices.CsvFile;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Needs and their follow-ups: who owns them, what was done, the referral, the outcome ("you said, we did"). Scoped to
 * the signed-in user's member cities like contacts; every change is written to the need's history.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class NeedService {

    private final NeedRepository needs;
    private final ContactQueries queries;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final ReferenceDataService referenceData;
    private final AuditTrail audit;
    private final AuditedChanges changes;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    NeedService(
            NeedRepository needs,
            ContactQueries queries,
            CurrentUser currentUser,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            AuditTrail audit,
            AuditedChanges changes,
            org.springframework.context.ApplicationEventPublisher events,
            Clock clock) {
        this.events = events;
        this.changes = changes;
        this.clock = clock;
        this.audit = audit;
        this.referenceData = referenceData;
        this.needs = needs;
        this.queries = queries;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    /** The needs raised at an outreach event that the user may see, oldest first: one statement. */
    public List<NeedRow> raisedAt(long eventId) {
        return queries.needsAtEvent(currentUser.scopeClause(), eventId);
    }

    /** The signed-in user's open needs, overdue first: one statement. */
    public List<NeedRow> myFollowUps(Pageable pageable) {
        return queries.followUpRows(currentUser.scopeClause(), currentUser.requireId(), pageable);
    }

    /**
     * The signed-in user's open follow-ups counted by category and city (overdue, due today, due this week), for a
     * reminder: counts only. One statement.
     */
    public List<FollowUpCount> myFollowUpCounts() {
        return queries.followUpCounts(currentUser.scopeClause(), currentUser.requireId()).stream()
                .filter(c -> c.total() > 0)
                .toList();
    }

    public long countMyFollowUps() {
        return queries.countFollowUps(currentUser.scopeClause(), currentUser.requireId());
    }

    /** One page of the needs the user may see, with the total: two statements. */
    public Page<NeedRow> list(NeedFilter filter, Pageable pageable) {
        return new PageImpl<>(rows(filter, pageable), pageable, count(filter));
    }

    /** One page of the needs the user may see, without the total: one statement (grids). */
    public List<NeedRow> rows(NeedFilter filter, Pageable pageable) {
        return queries.needRows(currentUser.scopeClause(), filter, pageable);
    }

    public long count(NeedFilter filter) {
        return queries.countNeeds(currentUser.scopeClause(), filter);
    }

    /**
     * The needs the user may see that match the filter, as CSV: public fields only (no description, outcome, owner or
     * person), at most {@link CsvFile#MAX_ROWS} rows; the export is audited.
     */
    @Transactional
    public byte[] exportCsv(NeedFilter filter, ExportText text) {
        var names = referenceData.referenceNames();
        List<NeedRow> rows = queries.needRows(currentUser.scopeClause(), filter, PageRequest.of(0, CsvFile.MAX_ROWS));
        audit.exported(RecordType.NEED, 0, null, "needs CSV, " + rows.size() + " rows, " + filter);
        return CsvFile.write(
                List.<CsvFile.Column<NeedRow>>of(
                        column("need.category", row -> text.label(row.category())),
                        column("contacts.city", row -> names.city(row.cityId())),
                        column("need.status", row -> text.label(row.status())),
                        column("need.due", row -> row.dueOn() == null ? "" : row.dueOn()),
                        column("need.overdue", row -> text.yesNo(row.overdue()))),
                rows,
                text);
    }

    /** The public facts of a need for the user's cities (see {@link NeedOrigin}); empty when it no longer exists. */
    public java.util.Optional<NeedOrigin> origin(long id) {
        var scope = currentUser.scope();
        return needs.findById(id)
                .map(need -> scope.allows(need.getCityId())
                        ? new NeedOrigin(need.requireId(), true, need.getCityId(), need.getCategory(), need.getStatus())
                        : new NeedOrigin(need.requireId(), false, null, null, null));
    }

    /** A need; when it names a person, the read is written to the audit trail (hence not a read-only transaction). */
    @Transactional
    public NeedDetails get(long id) {
        Need need = loadInScope(id);
        if (need.getPerson() != null) {
            audit.viewed(RecordType.NEED, need.requireId(), need.getPerson().requireId());
        }
        return toDetails(need, LocalDate.now(clock));
    }

    @Transactional
    public NeedDetails update(@Valid NeedUpdate update) {
        long me = currentUser.requireId();
        Need need = loadInScope(update.id());
        long ownerBefore = need.getOwnerId();
        var saved = changes.update(
                RecordType.NEED,
                need,
                update.version(),
                n -> {
                    if (!directory.servesCity(update.ownerId(), n.getCityId())) {
                        throw new InvalidInputException("ownerId", "need.owner.not-in-city");
                    }
                    if (update.referralPartnerId() != null
                            && !referenceData.names(ReferenceKind.PARTNER).containsKey(update.referralPartnerId())) {
                        throw new InvalidInputException("referralPartnerId", "validation.unknown-choice");
                    }
                    n.follow(update, me, clock);
                    n.getContact().markChanged(); // a page of the contact opened before must not delete it unseen
                },
                ContactService::personId);
        if (saved.getOwnerId() != ownerBefore && saved.getOwnerId() != me) {
            events.publishEvent(new NeedAssigned(
                    saved.requireId(),
                    saved.getVersion(),
                    saved.getOwnerId(),
                    me,
                    saved.getCategory(),
                    saved.getCityId()));
        }
        return toDetails(saved, LocalDate.now(clock));
    }

    private Need loadInScope(long id) {
        Need need =
                needs.findWithContactAndPerson(id).orElseThrow(() -> new RecordNotFoundException(RecordType.NEED, id));
        if (!currentUser.scope().allows(need.getCityId())) {
            throw new RecordNotFoundException(RecordType.NEED, id);
        }
        return need;
    }

    /** What the audit trail keeps of a need: its classified fields; of the named person only whether there is one. */
    static java.util.Map<String, Object> auditValues(Need n) {
        return Classification.snapshot(n);
    }

    static NeedRow toRow(Need need, LocalDate today) {
        return new NeedRow(
                need.requireId(),
                need.getContact().requireId(),
                need.getCityId(),
                need.getCategory(),
                need.getDescription(),
                need.getStatus(),
                need.getOwnerId(),
                need.getDueOn(),
                need.isOverdueOn(today),
                need.getPerson() != null);
    }

    private static NeedDetails toDetails(Need need, LocalDate today) {
        var person = need.getPerson();
        return new NeedDetails(
                need.requireId(),
                need.getVersion(),
                need.getContact().requireId(),
                need.getContact().getOccurredAt(),
                need.getCityId(),
                need.getCategory(),
                need.getDescription(),
                need.getStatus(),
                need.getOwnerId(),
                need.getDueOn(),
                need.isOverdueOn(today),
                need.getReferralPartnerId(),
                need.getReferralConsent(),
                need.getOutcome(),
                person == null
                        ? null
                        : new NeedDetails.Person(
                                person.getName(),
                                person.getPreferredLanguageId(),
                                person.getReachBy(),
                                person.getAddress(),
                                person.getNoticeVersion(),
                                person.getNoticeLanguage(),
                                person.getNoticeGivenOn()),
                need.getHistory().stream()
                        .map(e -> new NeedDetails.Event(e.getAt(), e.getById(), e.change()))
                        .toList());
    }
}
