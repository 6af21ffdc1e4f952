package org.jcpp.liaison.outreach.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.outreach.EventStatus;
import org.jcpp.liaison.outreach.EventType;
import org.jspecify.annotations.Nullable;

/**
 * An outreach event: planned, then held (with its attendance, police participation and outcomes) or cancelled.
 * Attendance is counted, never named.
 */
@Entity
@Table(name = "outreach_event")
public class OutreachEvent extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String title;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventType type;

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String venue = "";

    @Classified(DataClass.PUBLIC)
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Classified(DataClass.PUBLIC)
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Classified(DataClass.PRIVATE)
    @Column(name = "organiser_id", nullable = false)
    private Long organiserId;

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_ids", nullable = false)
    private Long[] partnerIds = new Long[0];

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "language_ids", nullable = false)
    private Long[] languageIds = new Long[0];

    /** How the languages were offered (interpreters in person, by telephone, bilingual staff …). */
    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "interpretation", nullable = false)
    private String[] interpretation = new String[0];

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status = EventStatus.PLANNED;

    @Classified(DataClass.PUBLIC)
    @Column
    private @Nullable Integer attendance;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String outcomes = "";

    @Classified(DataClass.PUBLIC)
    @Column(name = "series_id")
    private @Nullable Long seriesId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    /** The spreadsheet import the event came in with (null: planned or recorded in the app). */
    @Classified(DataClass.PUBLIC)
    @Column(name = "import_batch_id", updatable = false)
    private @Nullable Long importBatchId;

    @Classified(DataClass.PUBLIC)
    @ElementCollection
    @CollectionTable(name = "outreach_event_group", joinColumns = @JoinColumn(name = "event_id"))
    private Set<GroupAttendance> groups = new HashSet<>();

    @Classified(DataClass.PUBLIC)
    @ElementCollection
    @CollectionTable(name = "outreach_event_police", joinColumns = @JoinColumn(name = "event_id"))
    private Set<PoliceParticipation> police = new HashSet<>();

    protected OutreachEvent() {}

    @SuppressWarnings("NullAway.Init") // its fields are filled (AuditedChanges.create) before it is saved
    public OutreachEvent(long createdBy) {
        this.createdBy = createdBy;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setPeriod(LocalDateTime startsAt, LocalDateTime endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public void setOrganiserId(Long organiserId) {
        this.organiserId = organiserId;
    }

    public Set<Long> getPartnerIds() {
        return new TreeSet<>(Arrays.asList(partnerIds));
    }

    public void setPartnerIds(Collection<Long> ids) {
        this.partnerIds = new TreeSet<>(ids).toArray(Long[]::new);
    }

    public Set<org.jcpp.liaison.referencedata.InterpreterMode> getInterpretation() {
        var modes = java.util.EnumSet.noneOf(org.jcpp.liaison.referencedata.InterpreterMode.class);
        for (String mode : interpretation) {
            modes.add(org.jcpp.liaison.referencedata.InterpreterMode.valueOf(mode));
        }
        return modes;
    }

    public void setInterpretation(Collection<org.jcpp.liaison.referencedata.InterpreterMode> modes) {
        this.interpretation = java.util.EnumSet.copyOf(
                        modes.isEmpty()
                                ? java.util.EnumSet.noneOf(org.jcpp.liaison.referencedata.InterpreterMode.class)
                                : modes)
                .stream()
                .map(Enum::name)
                .toArray(String[]::new);
    }

    public Set<Long> getLanguageIds() {
        return new TreeSet<>(Arrays.asList(languageIds));
    }

    public void setLanguageIds(Collection<Long> ids) {
        this.languageIds = new TreeSet<>(ids).toArray(Long[]::new);
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public @Nullable Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(@Nullable Integer attendance) {
        this.attendance = attendance;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public @Nullable Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(@Nullable Long seriesId) {
        this.seriesId = seriesId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Set<GroupAttendance> getGroups() {
        return groups;
    }

    public void setGroups(Collection<GroupAttendance> groups) {
        if (this.groups.equals(new java.util.HashSet<>(groups))) {
            return; // the same: an untouched collection neither raises the version nor rewrites its rows
        }
        this.groups.clear();
        this.groups.addAll(groups);
    }

    public Set<PoliceParticipation> getPolice() {
        return police;
    }

    public void setPolice(Collection<PoliceParticipation> police) {
        if (this.police.equals(new java.util.HashSet<>(police))) {
            return; // the same: an untouched collection neither raises the version nor rewrites its rows
        }
        this.police.clear();
        this.police.addAll(police);
    }

    public @Nullable Long getImportBatchId() {
        return importBatchId;
    }

    /** Tags a new event with the import that brings it in. */
    public void setImportBatchId(long importBatchId) {
        this.importBatchId = importBatchId;
    }
}
