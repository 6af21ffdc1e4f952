package org.jcpp.liaison.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/**
 * The one resident a follow-up needs to reach. Holds only what that needs: a name, a language, a way to reach them, an
 * address only for a visit, and which data-use notice they were given. Never a date of birth, never any status.
 */
@Entity
@Table(name = "named_person")
public class NamedPerson extends AbstractEntity {

    @Classified(DataClass.CONFIDENTIAL)
    @Column(nullable = false)
    private String name;

    @Classified(DataClass.CONFIDENTIAL)
    @Column(name = "preferred_language_id")
    private @Nullable Long preferredLanguageId;

    @Classified(DataClass.CONFIDENTIAL)
    @Column(name = "reach_by", nullable = false)
    private String reachBy;

    @Classified(DataClass.CONFIDENTIAL)
    private @Nullable String address;

    @Classified(DataClass.PRIVATE)
    @Column(name = "notice_version", nullable = false)
    private String noticeVersion;

    @Classified(DataClass.PRIVATE)
    @Column(name = "notice_language", nullable = false)
    private String noticeLanguage;

    @Classified(DataClass.PRIVATE)
    @Column(name = "notice_given_on", nullable = false)
    private LocalDate noticeGivenOn;

    protected NamedPerson() {}

    public NamedPerson(
            String name,
            @Nullable Long preferredLanguageId,
            String reachBy,
            @Nullable String address,
            String noticeVersion,
            String noticeLanguage,
            LocalDate noticeGivenOn) {
        this.name = name.strip();
        this.preferredLanguageId = preferredLanguageId;
        this.reachBy = reachBy.strip();
        this.address = address == null || address.isBlank() ? null : address.strip();
        this.noticeVersion = noticeVersion;
        this.noticeLanguage = noticeLanguage;
        this.noticeGivenOn = noticeGivenOn;
    }

    public String getName() {
        return name;
    }

    public @Nullable Long getPreferredLanguageId() {
        return preferredLanguageId;
    }

    public String getReachBy() {
        return reachBy;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public String getNoticeVersion() {
        return noticeVersion;
    }

    public String getNoticeLanguage() {
        return noticeLanguage;
    }

    public LocalDate getNoticeGivenOn() {
        return noticeGivenOn;
    }
}
