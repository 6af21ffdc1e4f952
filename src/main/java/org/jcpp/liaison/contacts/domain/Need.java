package org.jcpp.liaison.contacts.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.contacts.FollowUpWindow;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedChange;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.NeedUpdate;
import org.jcpp.liaison.contacts.ReferralConsent;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** A need a resident raised, owned by a liaison or coordinator until it is resolved or closed. */
@Entity
@Table(name = "need")
public class Need extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedCategory category;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String description = "";

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedStatus status = NeedStatus.OPEN;

    @Classified(DataClass.PRIVATE)
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    @Classified(DataClass.PUBLIC)
    @Column(name = "referral_partner_id")
    private @Nullable Long referralPartnerId;

    @Classified(DataClass.PRIVATE)
    @Enumerated(EnumType.STRING)
    @Column(name = "referral_consent")
    private @Nullable ReferralConsent referralConsent;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String outcome = "";

    @Classified(DataClass.CONFIDENTIAL)
    @OneToOne(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "person_id")
    private @Nullable NamedPerson person;

    @Classified(DataClass.PUBLIC)
    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @OneToMany(mappedBy = "need", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<NeedEvent> history = new ArrayList<>();

    public Contact getContact() {
        return contact;
    }

    void setContact(Contact contact) {
        this.contact = contact;
        this.cityId = contact.getCityId();
    }

    public Long getCityId() {
        return cityId;
    }

    /** The need follows its contact to another city. */
    public void moveTo(Long cityId) {
        this.cityId = cityId;
    }

    public NeedCategory getCategory() {
        return category;
    }

    public void setCategory(NeedCategory category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description.strip();
    }

    /** Backdates a demo need's closing (demo data shows retention at work). */
    public void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }

    public NeedStatus getStatus() {
        return status;
    }

    public void setStatus(NeedStatus status) {
        this.status = status;
        this.closedAt = status.isClosed() ? (closedAt == null ? Instant.now() : closedAt) : null;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    /** Still to be followed up and its follow-up date is before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return !status.isClosed() && dueOn != null && dueOn.isBefore(today);
    }

    public @Nullable LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(@Nullable LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public @Nullable Long getReferralPartnerId() {
        return referralPartnerId;
    }

    public @Nullable ReferralConsent getReferralConsent() {
        return referralConsent;
    }

    public void setReferral(@Nullable Long partnerId, @Nullable ReferralConsent consent) {
        this.referralPartnerId = partnerId;
        this.referralConsent = partnerId == null ? null : consent;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome.strip();
    }

    public @Nullable NamedPerson getPerson() {
        return person;
    }

    public void setPerson(@Nullable NamedPerson person) {
        this.person = person;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    /** Retention: the free text goes, the category, status and dates that counts are made of stay. */
    public void removeTexts(String placeholder) {
        this.description = placeholder;
        this.outcome = outcome.isEmpty() ? "" : placeholder;
        history.forEach(event -> event.removeText(placeholder));
    }

    public List<NeedEvent> getHistory() {
        return history;
    }

    public void record(long byId, NeedChange change) {
        history.add(new NeedEvent(this, byId, change));
    }

    /** Demo data: an entry of the history as it happened then, not as the demo loaded. */
    public void recordAt(Instant at, long byId, NeedChange change) {
        var event = new NeedEvent(this, byId, change);
        event.backdate(at);
        history.add(event);
    }

    /**
     * A follow-up step by {@code byId}: the status it moves to (one of {@link NeedStatus#next()}), the owner, the due
     * date, the referral and the outcome, each change written to the history. Refused, naming the field, when a
     * referral has no consent, a changed due date falls outside the {@link FollowUpWindow}, the status cannot follow
     * the current one, a referred need has no partner, or a resolved one no outcome. Whether the owner serves the
     * need's city and the partner is on the list are the service's to check (they need the reference lists).
     */
    public void follow(NeedUpdate step, long byId, Clock clock) {
        String outcomeNow = step.outcome().strip();
        var interpreting =
                org.jcpp.liaison.referencedata.Interpreting.of(step.interpreterUse(), step.interpreterMode());
        interpreting.requireMode("interpreterMode");
        if (step.referralPartnerId() != null && step.referralConsent() == null) {
            throw new InvalidInputException("referralConsent", "need.referral.consent-required");
        }
        if (step.dueOn() != null
                && !step.dueOn().equals(dueOn)
                && !FollowUpWindow.forContactOn(contact.getOccurredAt().toLocalDate(), clock)
                        .allows(step.dueOn())) {
            throw new InvalidInputException("dueOn", "need.due.range");
        }
        if (!status.mayMoveTo(step.status())) {
            throw new InvalidInputException("status", "need.status.not-next");
        }
        // a need moved to "referred", or a referred need whose partner is taken away, needs its partner (one referred
        // without a partner before this rule existed can still be followed up as it is)
        boolean partnerTakenAway = status == NeedStatus.REFERRED && referralPartnerId != null;
        if (step.status() == NeedStatus.REFERRED
                && step.referralPartnerId() == null
                && (status != NeedStatus.REFERRED || partnerTakenAway)) {
            throw new InvalidInputException("referralPartnerId", "need.referral.partner-required");
        }
        if (step.status() == NeedStatus.RESOLVED && outcomeNow.isEmpty()) {
            throw new InvalidInputException("outcome", "need.outcome.required-to-resolve");
        }
        if (status != step.status()) {
            record(byId, new NeedChange.StatusChanged(status, step.status()));
            status = step.status();
            closedAt = status.isClosed() ? clock.instant() : null;
        }
        if (!ownerId.equals(step.ownerId())) {
            record(byId, new NeedChange.OwnerChanged(step.ownerId()));
            ownerId = step.ownerId();
        }
        if (!Objects.equals(dueOn, step.dueOn())) {
            record(byId, new NeedChange.DueChanged(step.dueOn()));
            dueOn = step.dueOn();
        }
        if (!Objects.equals(referralPartnerId, step.referralPartnerId()) || referralConsent != step.referralConsent()) {
            record(byId, new NeedChange.ReferralChanged(step.referralPartnerId(), step.referralConsent()));
            setReferral(step.referralPartnerId(), step.referralConsent());
        }
        if (!outcome.equals(outcomeNow)) {
            record(byId, new NeedChange.OutcomeWritten(outcomeNow));
            outcome = outcomeNow;
        }
        if (interpreting.use().offered()) {
            record(byId, new NeedChange.InterpreterOnFollowUp(interpreting.use(), interpreting.mode()));
        }
    }

    /** Demo data: the need was logged when its contact happened, not when the demo loaded. */
    public void backdate(Instant createdAt) {
        backdateCreation(createdAt);
    }
}
