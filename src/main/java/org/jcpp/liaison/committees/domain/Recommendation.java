package org.jcpp.liaison.committees.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.committees.RecommendationAnswer;
import org.jcpp.liaison.committees.RecommendationCategory;
import org.jcpp.liaison.committees.RecommendationChange;
import org.jcpp.liaison.committees.RecommendationData;
import org.jcpp.liaison.committees.RecommendationStatus;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation or concern raised at a committee's meeting, and what the department did with it: its status steps
 * ({@link RecommendationStatus#next()}), the response in words, and every change in its history. The committee's
 * request and the department's response are the committee's business, printed in its report-back: public.
 */
@Entity
@Table(name = "committee_recommendation")
public class Recommendation extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "committee_id", nullable = false)
    private Long committeeId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String title;

    @Classified(value = DataClass.PUBLIC, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String request = "";

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationCategory category;

    @Classified(DataClass.PUBLIC)
    @Column(name = "department_id")
    private @Nullable Long departmentId;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String owner = "";

    @Classified(DataClass.PUBLIC)
    @Column(name = "due_on")
    private @Nullable LocalDate dueOn;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationStatus status = RecommendationStatus.RAISED;

    @Classified(value = DataClass.PUBLIC, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String response = "";

    @Classified(DataClass.PUBLIC)
    @Column(name = "responded_on")
    private @Nullable LocalDate respondedOn;

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "need_ids", nullable = false)
    private Long[] needIds = new Long[0];

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "training_topic_ids", nullable = false)
    private Long[] trainingTopicIds = new Long[0];

    @Classified(DataClass.PUBLIC)
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "briefing_ids", nullable = false)
    private Long[] briefingIds = new Long[0];

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @OneToMany(mappedBy = "recommendation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<RecommendationEvent> history = new ArrayList<>();

    protected Recommendation() {}

    @SuppressWarnings("NullAway.Init") // filled (AuditedChanges.create) before it is saved
    public Recommendation(long createdBy) {
        this.createdBy = createdBy;
    }

    /** The meeting it was raised at: its committee, city and day. */
    public void raisedAt(long committeeId, long cityId, long meetingId, LocalDate raisedOn) {
        this.committeeId = committeeId;
        this.cityId = cityId;
        this.meetingId = meetingId;
        this.raisedOn = raisedOn;
    }

    /**
     * Takes what was typed, by {@code byId}: a new recommendation's history starts with it being raised; a changed
     * owner or due date is written to the history. Refused at the field when the due date is before the meeting.
     */
    public void fill(RecommendationData data, long byId) {
        data.checkRecord(raisedOn);
        boolean isNew = title == null;
        String ownerNow = data.owner().strip();
        if (isNew) {
            record(byId, new RecommendationChange.Raised(data.title().strip()));
        } else {
            if (!Objects.equals(dueOn, data.dueOn())) {
                record(byId, new RecommendationChange.DueChanged(data.dueOn()));
            }
            if (!owner.equals(ownerNow)) {
                record(byId, new RecommendationChange.OwnerChanged(ownerNow));
            }
        }
        this.title = data.title().strip();
        this.request = data.request().strip();
        this.category = data.category();
        this.departmentId = data.departmentId();
        this.owner = ownerNow;
        this.dueOn = data.dueOn();
        this.needIds = sorted(data.needIds(), needIds);
        this.trainingTopicIds = sorted(data.topicIds(), trainingTopicIds);
        this.briefingIds = sorted(data.briefingIds(), briefingIds);
    }

    /**
     * A step in what the department did, by {@code byId}: the status it moves to (one of {@link
     * RecommendationStatus#next()}) and the response, each change written to the history. Refused at the field when
     * the status cannot follow the current one, when an answer (accepted, partly accepted, declined, done) is given by
     * someone who may not decide ({@code mayDecide}: a coordinator), or when a partial acceptance, a decline or done
     * has no response. The first answer's day is kept for the days-to-response figure.
     */
    public void answer(RecommendationAnswer step, long byId, boolean mayDecide, Clock clock) {
        String responseNow = step.response().strip();
        RecommendationStatus to = step.status();
        if (!status.mayMoveTo(to)) {
            throw new InvalidInputException("status", "committees.status.not-next");
        }
        if (to != status && (to.isAnswer() || status.isAnswer()) && !mayDecide) {
            throw new InvalidInputException("status", "committees.status.coordinator-only");
        }
        if (!mayDecide && (status.isAnswer() || to.isAnswer()) && !responseNow.equals(response)) {
            throw new InvalidInputException("response", "committees.status.coordinator-only");
        }
        if (to.needsResponse() && responseNow.isEmpty()) {
            throw new InvalidInputException(
                    "response",
                    to == RecommendationStatus.DECLINED
                            ? "committees.response.reasons"
                            : "committees.response.required");
        }
        if (to != status) {
            record(byId, new RecommendationChange.StatusChanged(status, to));
            status = to;
            if (to.isAnswer() && respondedOn == null) {
                respondedOn = LocalDate.now(clock);
            }
        }
        if (!responseNow.equals(response)) {
            record(byId, new RecommendationChange.Responded(responseNow));
            response = responseNow;
        }
    }

    private static Long[] sorted(Set<Long> ids, Long[] stored) {
        Long[] now = new TreeSet<>(ids).toArray(Long[]::new);
        return Arrays.equals(now, stored) ? stored : now;
    }

    private void record(long byId, RecommendationChange change) {
        history.add(new RecommendationEvent(this, byId, change));
    }

    /** Demo data: a step as it happened then. */
    public void backdateHistory(Instant at) {
        history.forEach(event -> event.backdate(at));
    }

    /** Demo data: the day the department first answered. */
    public void setRespondedOn(@Nullable LocalDate respondedOn) {
        this.respondedOn = respondedOn;
    }

    /** Still waiting for the department and its due date is before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isOpen() && dueOn != null && dueOn.isBefore(today);
    }

    public RecommendationData data() {
        return new RecommendationData(
                meetingId,
                title,
                request,
                category,
                departmentId,
                owner,
                dueOn,
                ids(needIds),
                ids(trainingTopicIds),
                ids(briefingIds));
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

    public Long getMeetingId() {
        return meetingId;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public String getResponse() {
        return response;
    }

    public @Nullable LocalDate getRespondedOn() {
        return respondedOn;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public List<RecommendationEvent> getHistory() {
        return history;
    }
}
