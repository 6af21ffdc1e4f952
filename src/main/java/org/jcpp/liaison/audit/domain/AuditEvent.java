package org.jcpp.liaison.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jcpp.liaison.audit.AuditAction;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.base.TextNormaliser;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** One audit entry. Written once; the database refuses updates and deletes (see 0006-audit-event.sql). */
@Entity
@EntityListeners(TextNormaliser.class)
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false, updatable = false)
    private Instant at = Instant.now();

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false, updatable = false)
    private String actor;

    @Classified(DataClass.PRIVATE)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Classified(DataClass.PRIVATE)
    @Column(name = "record_type", updatable = false)
    private @Nullable String recordType;

    @Classified(DataClass.PRIVATE)
    @Column(name = "record_id", updatable = false)
    private @Nullable Long recordId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "person_id", updatable = false)
    private @Nullable Long personId;

    @Classified(DataClass.PRIVATE)
    @Column(updatable = false)
    @MultiLine
    private @Nullable String changes;

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false, updatable = false)
    @MultiLine
    private String detail = "";

    protected AuditEvent() {}

    @SuppressWarnings("NullAway.Init") // the database assigns its id when it is saved
    public AuditEvent(
            String actor,
            AuditAction action,
            @Nullable String recordType,
            @Nullable Long recordId,
            @Nullable Long personId,
            @Nullable String changes,
            String detail) {
        this.actor = actor.length() > 60 ? actor.substring(0, 60) : actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.personId = personId;
        this.changes = changes;
        this.detail = detail.length() > 500 ? detail.substring(0, 500) : detail;
    }
}
