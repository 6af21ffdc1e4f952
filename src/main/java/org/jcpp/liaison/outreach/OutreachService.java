package org.jcpp.liaison.outreach;

import static org.jcpp.liaison.datapractices.CsvFile.column;

import jakarta.validation.Valid;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CityScope;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.audit.AuditTrail;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.datapractices.CsvFile;
import org.jcpp.liaison.datapractices.ExportText;
import org.jcpp.liaison.outreach.domain.GroupAttendance;
import org.jcpp.liaison.outreach.domain.OutreachEvent;
import org.jcpp.liaison.outreach.domain.OutreachEventRepository;
import org.jcpp.liaison.outreach.domain.OutreachQueries;
import org.jcpp.liaison.outreach.domain.OutreachSeries;
import org.jcpp.liaison.outreach.domain.OutreachSeriesRepository;
import org.jcpp.liaison.outreach.domain.PoliceParticipation;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Outreach events and series, scoped to the signed-in user's member cities like every community record: liaisons plan
 * and record events in their cities, coordinators see and change theirs, admins see none. Audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class OutreachService {

    private final OutreachEventRepository events;
    private final OutreachSeriesRepository series;
    private final OutreachQueries queries;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final ReferenceDataService referenceData;
    private final AuditTrail audit;
    private final AuditedChanges changes;
    private final Clock clock;

    OutreachService(
            OutreachEventRepository events,
            OutreachSeriesRepository series,
            OutreachQueries queries,
            CurrentUser currentUser,
            AccountDirectory directory,
            ReferenceDataService referenceData,
            AuditTrail audit,
            AuditedChanges changes,
            Clock clock) {
        this.changes = changes;
        this.clock = clock;
        this.events = events;
        this.series = series;
        this.queries = queries;
        this.currentUser = currentUser;
        this.directory = directory;
        this.referenceData = referenceData;
        this.audit = audit;
    }

    /** One page of the events the user may see, newest first (a series: oldest first): one statement. */
    public List<EventRow> rows(EventFilter filter, Pageable pageable) {
        return queries.rows(currentUser.scopeClause(), filter, pageable);
    }

    public long count(EventFilter filter) {
        return queries.count(currentUser.scopeClause(), filter);
    }

    /**
     * The events the user may see that match the filter, as CSV: public fields only (no organiser, outcomes or
     * partners), attendance of 1–4 as "fewer than 5", at most {@link CsvFile#MAX_ROWS} rows; the export is audited.
     */
    @Transactional
    public byte[] exportCsv(EventFilter filter, ExportText text) {
        var names = referenceData.referenceNames();
        List<EventRow> rows = queries.rows(currentUser.scopeClause(), filter, PageRequest.of(0, CsvFile.MAX_ROWS));
        audit.exported(RecordType.OUTREACH_EVENT, 0, null, "events CSV, " + rows.size() + " rows, " + filter);
        return CsvFile.write(
                List.<CsvFile.Column<EventRow>>of(
                        column("outreach.starts", row -> CsvFile.minutes(row.startsAt())),
                        column("outreach.ends", row -> CsvFile.minutes(row.endsAt())),
                        column("outreach.title", EventRow::title),
                        column("outreach.type", row -> text.label(row.type())),
                        column("contacts.city", row -> names.city(row.cityId())),
                        column("outreach.status", row -> text.label(row.status())),
                        column(
                                "outreach.attendance",
                                row -> row.attendance() == null ? "" : text.count(row.attendance()))),
                rows,
                text);
    }

    /** The events the user may see that overlap the period, by start: one statement (the calendar). */
    public List<EventRow> between(LocalDateTime from, LocalDateTime to) {
        return queries.between(currentUser.scopeClause(), from, to);
    }

    /** The signed-in user's planned events that have ended, oldest first: to be recorded as held or cancelled. */
    public List<EventRow> pastPlanned() {
        return queries.pastPlanned(currentUser.scopeClause(), currentUser.requireId(), LocalDateTime.now(clock));
    }

    public EventDetails get(long id) {
        CityScope scope = currentUser.scope();
        return toDetails(loadInScope(id, scope), scope);
    }

    @Transactional
    public EventDetails plan(@Valid EventData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        var saved = changes.create(
                RecordType.OUTREACH_EVENT,
                new OutreachEvent(me),
                event -> apply(event, data, scope, me),
                AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    @Transactional
    public EventDetails update(long id, long version, @Valid EventData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        OutreachEvent event = loadInScope(id, scope);
        requireEditable(event, scope);
        var saved = changes.update(
                RecordType.OUTREACH_EVENT, event, version, e -> apply(e, data, scope, me), AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    @Transactional
    public void delete(long id, long version) {
        CityScope scope = currentUser.scope();
        OutreachEvent event = loadInScope(id, scope);
        requireEditable(event, scope);
        changes.delete(RecordType.OUTREACH_EVENT, event, version, AuditedChanges::noPerson);
    }

    // --- series ---

    /** The series of a city the user may add an event to, by title. */
    public Map<Long, String> seriesIn(long cityId) {
        var titles = new LinkedHashMap<Long, String>();
        if (currentUser.scope().allows(cityId)) {
            series.findByCityIdOrderByTitleAsc(cityId).forEach(s -> titles.put(s.getId(), s.getTitle()));
        }
        return titles;
    }

    public SeriesDetails getSeries(long id) {
        CityScope scope = currentUser.scope();
        return toDetails(loadSeriesInScope(id, scope), scope);
    }

    @Transactional
    public SeriesDetails createSeries(@Valid SeriesData data) {
        long me = currentUser.requireId();
        CityScope scope = currentUser.scope();
        var saved = changes.create(
                RecordType.OUTREACH_SERIES,
                new OutreachSeries(me),
                created -> applySeries(created, data, scope),
                AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    @Transactional
    public SeriesDetails updateSeries(long id, long version, @Valid SeriesData data) {
        CityScope scope = currentUser.scope();
        OutreachSeries stored = loadSeriesInScope(id, scope);
        if (!canEdit(stored.getCreatedBy(), stored.getOrganiserId(), scope)) {
            throw new InvalidInputException("", "outreach.edit.not-allowed");
        }
        var saved = changes.update(
                RecordType.OUTREACH_SERIES,
                stored,
                version,
                s -> {
                    if (!s.getCityId().equals(data.cityId()) && count(EventFilter.ANY.withSeries(id)) > 0) {
                        throw new InvalidInputException("cityId", "outreach.series.city-fixed");
                    }
                    applySeries(s, data, scope);
                },
                AuditedChanges::noPerson);
        return toDetails(saved, scope);
    }

    // --- rules ---

    /**
     * An event's rules that need the stored lists and the user's scope, and its fields taken from what was typed (also
     * an import's rows: a refusal leaves the import's transaction to go on with the next row).
     */
    @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
    void apply(OutreachEvent event, EventData data, CityScope scope, long me) {
        if (!scope.allows(data.cityId())) {
            throw new InvalidInputException("cityId", "outreach.city.not-yours");
        }
        data.checkRecord(clock);
        // no organiser given: the signed-in user for a new event, the current organiser for an existing one
        long organiser = data.organiserId() != null
                ? data.organiserId()
                : event.getOrganiserId() != null ? event.getOrganiserId() : me;
        boolean keptOrganiser = Long.valueOf(organiser).equals(event.getOrganiserId())
                && data.cityId().equals(event.getCityId());
        if (organiser != me && !keptOrganiser) {
            if (!scope.isCoordinator()) {
                throw new InvalidInputException("organiserId", "outreach.organiser.only-coordinators");
            }
            if (!directory.servesCity(organiser, data.cityId())) {
                throw new InvalidInputException("organiserId", "outreach.organiser.not-in-city");
            }
        }
        requireKnown(ReferenceKind.PARTNER, data.partnerIds(), "partnerIds");
        requireKnown(ReferenceKind.LANGUAGE, data.languageIds(), "languageIds");
        requireKnown(ReferenceKind.COMMUNITY_GROUP, data.groupAttendance().keySet(), "groupAttendance");
        for (int i = 0; i < data.police().size(); i++) {
            PoliceData police = data.police().get(i);
            if (referenceData.department(police.departmentId()).isEmpty()) {
                throw new InvalidInputException("police[" + i + "].departmentId", "validation.unknown-choice");
            }
        }
        if (data.seriesId() != null) {
            OutreachSeries chosen = series.findById(data.seriesId())
                    .filter(s -> s.getCityId().equals(data.cityId()))
                    .orElseThrow(() -> new InvalidInputException("seriesId", "outreach.series.other-city"));
            boolean joining = !chosen.requireId().equals(event.getSeriesId());
            if (joining && !canEdit(chosen.getCreatedBy(), chosen.getOrganiserId(), scope)) {
                throw new InvalidInputException("seriesId", "outreach.series.not-yours");
            }
            event.setSeriesId(chosen.getId());
        } else {
            event.setSeriesId(null);
        }
        event.setTitle(data.title().strip());
        event.setType(data.type());
        event.setCityId(data.cityId());
        event.setVenue(data.venue().strip());
        event.setPeriod(
                data.startsAt().withSecond(0).withNano(0),
                data.endsAt().withSecond(0).withNano(0));
        event.setOrganiserId(organiser);
        event.setPartnerIds(data.partnerIds());
        event.setLanguageIds(data.languageIds());
        event.setInterpretation(data.interpretation());
        event.setStatus(data.status());
        event.setAttendance(data.attendance());
        event.setGroups(data.groupAttendance().entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .map(e -> new GroupAttendance(e.getKey(), e.getValue()))
                .toList());
        event.setPolice(data.police().stream()
                .map(p -> new PoliceParticipation(
                        p.departmentId(),
                        p.officers(),
                        p.recruits(),
                        p.volunteerHours().setScale(2, RoundingMode.HALF_UP)))
                .toList());
        event.setOutcomes(data.outcomes().strip());
    }

    private void applySeries(OutreachSeries target, SeriesData data, CityScope scope) {
        if (!scope.allows(data.cityId())) {
            throw new InvalidInputException("cityId", "outreach.city.not-yours");
        }
        if (data.participantsCompleted() != null && data.participantsCompleted() > data.participantsEnrolled()) {
            throw new InvalidInputException("participantsCompleted", "outreach.completed.more-than-enrolled");
        }
        target.setTitle(data.title().strip());
        target.setCityId(data.cityId());
        target.setParticipantsEnrolled(data.participantsEnrolled());
        target.setParticipantsCompleted(data.participantsCompleted());
    }

    private void requireKnown(ReferenceKind kind, Collection<Long> ids, String field) {
        if (!ids.isEmpty() && !referenceData.names(kind).keySet().containsAll(ids)) {
            throw new InvalidInputException(field, "validation.unknown-choice");
        }
    }

    private void requireEditable(OutreachEvent event, CityScope scope) {
        if (!canEdit(event.getCreatedBy(), event.getOrganiserId(), scope)) {
            throw new InvalidInputException("", "outreach.edit.not-allowed");
        }
    }

    private boolean canEdit(long createdBy, long organiserId, CityScope scope) {
        long me = currentUser.requireId();
        return createdBy == me || organiserId == me || scope.isCoordinator();
    }

    private OutreachEvent loadInScope(long id, CityScope scope) {
        OutreachEvent event =
                events.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.OUTREACH_EVENT, id));
        if (!scope.allows(event.getCityId())) {
            throw new RecordNotFoundException(RecordType.OUTREACH_EVENT, id);
        }
        return event;
    }

    private OutreachSeries loadSeriesInScope(long id, CityScope scope) {
        OutreachSeries found =
                series.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.OUTREACH_SERIES, id));
        if (!scope.allows(found.getCityId())) {
            throw new RecordNotFoundException(RecordType.OUTREACH_SERIES, id);
        }
        return found;
    }

    private EventDetails toDetails(OutreachEvent event, CityScope scope) {
        var groups = new LinkedHashMap<Long, Integer>();
        event.getGroups().forEach(g -> groups.put(g.groupId(), g.headcount()));
        List<PoliceData> police = event.getPolice().stream()
                .map(p -> new PoliceData(p.departmentId(), p.officers(), p.recruits(), p.volunteerHours()))
                .sorted(java.util.Comparator.comparing(PoliceData::departmentId))
                .toList();
        return new EventDetails(
                event.requireId(),
                event.getVersion(),
                event.getTitle(),
                event.getType(),
                event.getCityId(),
                event.getVenue(),
                event.getStartsAt(),
                event.getEndsAt(),
                event.getOrganiserId(),
                event.getPartnerIds(),
                event.getLanguageIds(),
                event.getStatus(),
                event.getAttendance(),
                groups,
                police,
                event.getOutcomes(),
                event.getSeriesId(),
                canEdit(event.getCreatedBy(), event.getOrganiserId(), scope),
                event.getInterpretation());
    }

    private SeriesDetails toDetails(OutreachSeries found, CityScope scope) {
        List<EventRow> sessions = queries.rows(
                currentUser.scopeClause(), EventFilter.ANY.withSeries(found.requireId()), Pageable.ofSize(200));
        return new SeriesDetails(
                found.requireId(),
                found.getVersion(),
                found.getTitle(),
                found.getCityId(),
                found.getOrganiserId(),
                found.getParticipantsEnrolled(),
                found.getParticipantsCompleted(),
                sessions,
                canEdit(found.getCreatedBy(), found.getOrganiserId(), scope));
    }
}
