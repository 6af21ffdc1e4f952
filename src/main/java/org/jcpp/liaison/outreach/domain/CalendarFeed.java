package org.jcpp.liaison.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jcpp.liaison.base.TextNormaliser;
import org.jcpp.liaison.base.Verbatim;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** An account's secret calendar link, kept as a SHA-256 hash of the secret. */
@Entity
@EntityListeners(TextNormaliser.class)
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Classified(DataClass.CONFIDENTIAL)
    @Column(name = "token_hash", nullable = false)
    @Verbatim
    private String tokenHash;

    @Classified(DataClass.PUBLIC)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected CalendarFeed() {}

    public CalendarFeed(long accountId, String tokenHash) {
        this.accountId = accountId;
        this.tokenHash = tokenHash;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
