package org.jcpp.liaison.outreach.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** A series of events (the New Americans' Academy: six weekly sessions): enrolment and completion, counted. */
@Entity
@Table(name = "outreach_series")
public class OutreachSeries extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String title;

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "organiser_id", nullable = false)
    private Long organiserId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "participants_enrolled", nullable = false)
    private int participantsEnrolled;

    @Classified(DataClass.PUBLIC)
    @Column(name = "participants_completed")
    private @Nullable Integer participantsCompleted;

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    protected OutreachSeries() {}

    @SuppressWarnings("NullAway.Init") // its fields are filled (AuditedChanges.create) before it is saved
    public OutreachSeries(long createdBy) {
        this.createdBy = createdBy;
        this.organiserId = createdBy;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public int getParticipantsEnrolled() {
        return participantsEnrolled;
    }

    public void setParticipantsEnrolled(int participantsEnrolled) {
        this.participantsEnrolled = participantsEnrolled;
    }

    public @Nullable Integer getParticipantsCompleted() {
        return participantsCompleted;
    }

    public void setParticipantsCompleted(@Nullable Integer participantsCompleted) {
        this.participantsCompleted = participantsCompleted;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
