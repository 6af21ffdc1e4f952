package org.jcpp.liaison.committees.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.committees.Interpretation;
import org.jcpp.liaison.committees.MeetingData;
import org.jcpp.liaison.committees.MeetingStatus;
import org.jcpp.liaison.committees.PoliceAttendee;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/**
 * A meeting of an advisory committee: planned (in the calendar and its feed) or held, with its agenda, attendance,
 * interpretation and minutes. The minutes are staff free text.
 */
@Entity
@Table(name = "committee_meeting")
public class CommitteeMeeting extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Classified(DataClass.PUBLIC)
    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String place = "";

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    private String[] agenda = new String[0];

    @Classified(DataClass.PRIVATE)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "member_ids", nullable = false)
    private Long[] memberIds = new Long[0];

    @Classified(DataClass.PRIVATE)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "liaison_ids", nullable = false)
    private Long[] liaisonIds = new Long[0];

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int guests;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Interpretation interpretation = Interpretation.NONE;

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "language_ids", nullable = false)
    private Long[] languageIds = new Long[0];

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String minutes = "";

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Classified(DataClass.PUBLIC)
    @ElementCollection
    @CollectionTable(name = "committee_meeting_police", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<PoliceSeat> police = new ArrayList<>();

    protected CommitteeMeeting() {}

    @SuppressWarnings("NullAway.Init") // filled (AuditedChanges.create) before it is saved
    public CommitteeMeeting(long createdBy) {
        this.createdBy = createdBy;
    }

    /** Takes what was typed (its rules checked before), for the committee and its city. */
    public void fill(long committeeId, long cityId, MeetingData data) {
        this.committeeId = committeeId;
        this.cityId = cityId;
        this.startsAt = data.startsAt();
        this.endsAt = data.endsAt();
        this.place = data.place().strip();
        this.status = data.status();
        String[] items = data.agendaItems().toArray(String[]::new);
        if (!Arrays.equals(items, agenda)) {
            this.agenda = items;
        }
        this.memberIds = sorted(data.memberIds(), memberIds);
        this.liaisonIds = sorted(data.liaisonIds(), liaisonIds);
        this.languageIds = sorted(data.interpretation().used() ? data.languageIds() : Set.of(), languageIds);
        this.guests = data.guests();
        this.interpretation = data.interpretation();
        this.minutes = data.minutes().strip();
        List<PoliceSeat> seats = data.police().stream()
                .map(p -> new PoliceSeat(p.rank(), p.role().strip()))
                .toList();
        if (!seats.equals(police)) {
            police.clear();
            police.addAll(seats);
        }
    }

    /** The arrays keep their identity when unchanged, so an untouched field is not written again. */
    private static Long[] sorted(Set<Long> ids, Long[] stored) {
        Long[] now = new TreeSet<>(ids).toArray(Long[]::new);
        return Arrays.equals(now, stored) ? stored : now;
    }

    public MeetingData data() {
        return new MeetingData(
                committeeId,
                startsAt,
                endsAt,
                place,
                status,
                List.of(agenda),
                ids(memberIds),
                police.stream().map(p -> new PoliceAttendee(p.rank(), p.role())).toList(),
                ids(liaisonIds),
                guests,
                interpretation,
                ids(languageIds),
                minutes);
    }

    private static Set<Long> ids(Long[] ids) {
        return new TreeSet<>(Arrays.asList(ids));
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public Long getCityId() {
        return cityId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Set<Long> getLiaisonIds() {
        return ids(liaisonIds);
    }

    public Set<Long> getMemberIds() {
        return ids(memberIds);
    }
}
