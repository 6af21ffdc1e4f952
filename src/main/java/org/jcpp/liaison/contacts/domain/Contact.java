package org.jcpp.liaison.contacts.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.contacts.ContactData;
import org.jcpp.liaison.contacts.ContactDetails;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.NeedRow;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.referencedata.InterpreterMode;
import org.jcpp.liaison.referencedata.InterpreterUse;
import org.jcpp.liaison.referencedata.Interpreting;
import org.jspecify.annotations.Nullable;

/**
 * A community contact. Anonymous by design: a city, a time, a headcount, languages, groups and topics, a summary.
 * Languages, groups, topics and partners are ids of the cities module's lists, kept as arrays on the row so the list
 * filters and pages in one statement.
 */
@Entity
@Table(name = "contact")
public class Contact extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "liaison_id", nullable = false)
    private Long liaisonId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactKind kind;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(name = "place_type", nullable = false)
    private PlaceType placeType;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int headcount;

    /** Kept from {@link #interpreterUse} (an interpreter was used), for the reporting summaries. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "interpreter_used", nullable = false)
    private boolean interpreterUsed;

    /** Kept from {@link #interpreterUse} and {@link #interpreterMode}: the telephone line was used. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "language_line_used", nullable = false)
    private boolean languageLineUsed;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(name = "interpreter_use", nullable = false)
    private InterpreterUse interpreterUse = InterpreterUse.NOT_NEEDED;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(name = "interpreter_mode")
    private @Nullable InterpreterMode interpreterMode;

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "language_ids", nullable = false)
    private Long[] languageIds = new Long[0];

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "group_ids", nullable = false)
    private Long[] groupIds = new Long[0];

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "topic_ids", nullable = false)
    private Long[] topicIds = new Long[0];

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "partner_ids", nullable = false)
    private Long[] partnerIds = new Long[0];

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String summary = "";

    /** Exempts the contact, its needs and their named persons from retention (a legal hold). */
    @Classified(DataClass.PRIVATE)
    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    /** The outreach event the contact happened at, if any (an event of the outreach module, by id). */
    @Classified(DataClass.PUBLIC)
    @Column(name = "event_id")
    private @org.jspecify.annotations.Nullable Long eventId;

    /** The spreadsheet import the contact came in with (null: logged in the app); an undo removes the batch's rows. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "import_batch_id", updatable = false)
    private @org.jspecify.annotations.Nullable Long importBatchId;

    @OneToMany(mappedBy = "contact", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Need> needs = new ArrayList<>();

    protected Contact() {}

    @SuppressWarnings("NullAway.Init") // its fields are filled (AuditedChanges.create) before it is saved
    public Contact(Long createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Long getLiaisonId() {
        return liaisonId;
    }

    public void setLiaisonId(Long liaisonId) {
        this.liaisonId = liaisonId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public ContactKind getKind() {
        return kind;
    }

    public void setKind(ContactKind kind) {
        this.kind = kind;
    }

    public PlaceType getPlaceType() {
        return placeType;
    }

    public void setPlaceType(PlaceType placeType) {
        this.placeType = placeType;
    }

    public int getHeadcount() {
        return headcount;
    }

    public void setHeadcount(int headcount) {
        this.headcount = headcount;
    }

    public boolean isInterpreterUsed() {
        return interpreterUsed;
    }

    /** The interpreter on the contact; the two flags the summaries count follow from it. */
    public void setInterpreting(Interpreting interpreting) {
        this.interpreterUse = interpreting.use();
        this.interpreterMode = interpreting.mode();
        this.interpreterUsed = interpreting.used();
        this.languageLineUsed = interpreting.languageLineUsed();
    }

    public Interpreting getInterpreting() {
        return new Interpreting(interpreterUse, interpreterMode);
    }

    public Set<Long> getLanguageIds() {
        return toSet(languageIds);
    }

    public void setLanguageIds(Collection<Long> ids) {
        this.languageIds = toArray(ids);
    }

    public Set<Long> getGroupIds() {
        return toSet(groupIds);
    }

    public void setGroupIds(Collection<Long> ids) {
        this.groupIds = toArray(ids);
    }

    public Set<Long> getTopicIds() {
        return toSet(topicIds);
    }

    public void setTopicIds(Collection<Long> ids) {
        this.topicIds = toArray(ids);
    }

    public Set<Long> getPartnerIds() {
        return toSet(partnerIds);
    }

    public void setPartnerIds(Collection<Long> ids) {
        this.partnerIds = toArray(ids);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary.strip();
    }

    public boolean isLegalHold() {
        return legalHold;
    }

    public void setLegalHold(boolean legalHold) {
        this.legalHold = legalHold;
    }

    /**
     * Takes the contact's facts as typed: the time to the minute, the liaison (null: {@code me}), the summary. An edit
     * without an event keeps the event the contact was logged at. Its needs are added and followed up on their own.
     */
    public void record(ContactData data, long me) {
        setOccurredAt(data.occurredAt().withSecond(0).withNano(0));
        setCityId(data.cityId());
        setLiaisonId(data.liaisonId() == null ? me : data.liaisonId());
        setKind(data.kind());
        setPlaceType(data.placeType());
        setHeadcount(data.headcount());
        setInterpreting(Interpreting.of(data.interpreterUse(), data.interpreterMode()));
        setLanguageIds(data.languageIds());
        setGroupIds(data.groupIds());
        setTopicIds(data.topicIds());
        setPartnerIds(data.partnerIds());
        setSummary(data.summary());
        if (data.eventId() != null || getId() == null) {
            setEventId(data.eventId());
        }
    }

    /** The stored contact as a page shows it, with its needs and what the reader may do with it. */
    public ContactDetails details(List<NeedRow> needRows, boolean canEdit, boolean canDelete, boolean canSetLegalHold) {
        return new ContactDetails(
                requireId(),
                getVersion(),
                occurredAt,
                cityId,
                liaisonId,
                getCreatedBy(),
                kind,
                placeType,
                Set.copyOf(getLanguageIds()),
                Set.copyOf(getGroupIds()),
                Set.copyOf(getTopicIds()),
                Set.copyOf(getPartnerIds()),
                headcount,
                interpreterUse,
                interpreterMode,
                summary,
                needRows,
                canEdit,
                canDelete,
                legalHold,
                canSetLegalHold);
    }

    public List<Need> getNeeds() {
        return needs;
    }

    public void addNeed(Need need) {
        needs.add(need);
        need.setContact(this);
    }

    private static Set<Long> toSet(Long[] ids) {
        return new TreeSet<>(Arrays.asList(ids));
    }

    private static Long[] toArray(Collection<Long> ids) {
        return new TreeSet<>(ids).toArray(Long[]::new);
    }

    public @org.jspecify.annotations.Nullable Long getEventId() {
        return eventId;
    }

    public void setEventId(@org.jspecify.annotations.Nullable Long eventId) {
        this.eventId = eventId;
    }

    public @org.jspecify.annotations.Nullable Long getImportBatchId() {
        return importBatchId;
    }

    /** Tags a new contact with the import that brings it in. */
    public void setImportBatchId(long importBatchId) {
        this.importBatchId = importBatchId;
    }
}
