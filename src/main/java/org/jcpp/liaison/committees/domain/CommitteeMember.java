package org.jcpp.liaison.committees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.committees.MemberData;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/**
 * A member of an advisory committee: named (they agreed to serve), with how to reach them (private: read on the
 * member's page only, and audited), kept until retention erases the name and contact details after the term ends.
 */
@Entity
@Table(name = "committee_member")
public class CommitteeMember extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "committee_id", nullable = false, updatable = false)
    private Long committeeId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    /** Confidential: the audit trail records that it was set or changed, never the name (retention can remove it). */
    @Classified(DataClass.CONFIDENTIAL)
    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(name = "speaks_for", nullable = false)
    private String speaksFor = "";

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "language_ids", nullable = false)
    private Long[] languageIds = new Long[0];

    @Classified(DataClass.CONFIDENTIAL)
    @Column(nullable = false)
    private String phone = "";

    @Classified(DataClass.CONFIDENTIAL)
    @Column(nullable = false)
    private String email = "";

    @Classified(DataClass.PUBLIC)
    @Column(name = "term_from", nullable = false)
    private LocalDate termFrom;

    @Classified(DataClass.PUBLIC)
    @Column(name = "term_to")
    private @Nullable LocalDate termTo;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private boolean listed;

    @Classified(DataClass.PUBLIC)
    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    protected CommitteeMember() {}

    @SuppressWarnings("NullAway.Init") // filled (AuditedChanges.create) before it is saved
    public CommitteeMember(long committeeId, long cityId) {
        this.committeeId = committeeId;
        this.cityId = cityId;
    }

    public void fill(MemberData data) {
        this.fullName = oneSpaced(data.fullName());
        this.speaksFor = data.speaksFor().strip();
        this.languageIds = new TreeSet<>(data.languageIds()).toArray(Long[]::new);
        this.phone = data.phone().strip();
        this.email = data.email().strip();
        this.termFrom = data.termFrom();
        this.termTo = data.termTo();
        this.listed = data.listed();
    }

    /** A name as stored: no spaces around it, one between its words. */
    public static String oneSpaced(String name) {
        return name.strip().replaceAll("\\s+", " ");
    }

    public MemberData data() {
        return new MemberData(fullName, speaksFor, getLanguageIds(), phone, email, termFrom, termTo, listed);
    }

    /** Retention: the name and how to reach them go; the term and languages, which counts are made of, stay. */
    public void erase(String placeholder, Instant now) {
        this.fullName = placeholder + " " + requireId();
        this.phone = "";
        this.email = "";
        this.speaksFor = "";
        this.listed = false;
        this.erasedAt = now;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public String getFullName() {
        return fullName;
    }

    public Set<Long> getLanguageIds() {
        return new TreeSet<>(Arrays.asList(languageIds));
    }

    public LocalDate getTermFrom() {
        return termFrom;
    }

    public @Nullable LocalDate getTermTo() {
        return termTo;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** Serving on the day: the term has started and not ended, and the record was not erased. */
    public boolean servesOn(LocalDate day) {
        return !isErased() && !termFrom.isAfter(day) && (termTo == null || !termTo.isBefore(day));
    }
}
