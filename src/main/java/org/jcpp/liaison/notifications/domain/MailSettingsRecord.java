package org.jcpp.liaison.notifications.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.notifications.MailFrequency;
import org.jcpp.liaison.notifications.MailList;
import org.jspecify.annotations.Nullable;

/** A person's mail address and the mail they chose. */
@Entity
@Table(name = "mail_settings")
public class MailSettingsRecord extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    /** A colleague's work address, never a resident's. */
    @Classified(DataClass.PRIVATE)
    private @Nullable String email;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_digest", nullable = false)
    private MailFrequency followUpDigest = MailFrequency.OFF;

    @Classified(DataClass.PUBLIC)
    @Column(name = "assigned_mail", nullable = false)
    private boolean assignedMail;

    /** A coordinator's weekly mail of their cities. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "city_digest", nullable = false)
    private boolean cityDigest;

    protected MailSettingsRecord() {}

    public MailSettingsRecord(long accountId) {
        this.accountId = accountId;
    }

    public long getAccountId() {
        return accountId;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public MailFrequency getFollowUpDigest() {
        return followUpDigest;
    }

    public boolean isAssignedMail() {
        return assignedMail;
    }

    public boolean isCityDigest() {
        return cityDigest;
    }

    public void choose(@Nullable String email, MailFrequency followUpDigest, boolean assignedMail, boolean cityDigest) {
        this.email = email == null || email.isBlank() ? null : email.strip();
        this.followUpDigest = followUpDigest;
        this.assignedMail = assignedMail;
        this.cityDigest = cityDigest;
    }

    /** Ends one list (an unsubscribe link names one). */
    public void unsubscribe(MailList list) {
        switch (list) {
            case FOLLOW_UP_DIGEST -> this.followUpDigest = MailFrequency.OFF;
            case NEED_ASSIGNED -> this.assignedMail = false;
            case CITY_DIGEST -> this.cityDigest = false;
        }
    }
}
