package org.jcpp.liaison.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jcpp.liaison.base.TextNormaliser;
import org.jcpp.liaison.base.Verbatim;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** The identity an account signs in with at the organisation's provider: its issuer and the person's id there. */
@Entity
@Table(name = "account_identity")
@EntityListeners(TextNormaliser.class)
public class AccountIdentity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Classified(DataClass.PRIVATE)
    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false)
    @Verbatim // compared exactly with what the provider sends
    private String issuer = "";

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false)
    @Verbatim
    private String subject = "";

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected AccountIdentity() {}

    public AccountIdentity(long accountId, String issuer, String subject) {
        this.accountId = accountId;
        this.issuer = issuer;
        this.subject = subject;
    }

    public long getAccountId() {
        return accountId;
    }
}
