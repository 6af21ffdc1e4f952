package org.jcpp.liaison.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** A formal training session delivered to a police department, on a topic at the revision taught. */
@Entity
@Table(name = "training_session")
public class TrainingSession extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "topic_id", nullable = false)
    private Long topicId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "topic_revision", nullable = false)
    private int topicRevision;

    @Classified(DataClass.PUBLIC)
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Classified(DataClass.PUBLIC)
    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    /** The department's city, kept on the row so lists are scoped in one statement. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    private String trainers;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private BigDecimal hours;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int attendees;

    /** Names or badge numbers of the officers who attended: optional, never in reports. */
    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(name = "attendee_list", nullable = false)
    @MultiLine
    private String attendeeList = "";

    @Classified(DataClass.PUBLIC)
    @Column
    private @Nullable BigDecimal rating;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(name = "evaluation_comments", nullable = false)
    @MultiLine
    private String evaluationComments = "";

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    protected TrainingSession() {}

    @SuppressWarnings("NullAway.Init") // its fields are filled (AuditedChanges.create) before it is saved
    public TrainingSession(long createdBy) {
        this.createdBy = createdBy;
    }

    public Long getTopicId() {
        return topicId;
    }

    public int getTopicRevision() {
        return topicRevision;
    }

    public void setTopic(long topicId, int revision) {
        this.topicId = topicId;
        this.topicRevision = revision;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setDepartment(long departmentId, long cityId) {
        this.departmentId = departmentId;
        this.cityId = cityId;
    }

    public String getTrainers() {
        return trainers;
    }

    public void setTrainers(String trainers) {
        this.trainers = trainers;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public int getAttendees() {
        return attendees;
    }

    public void setAttendees(int attendees) {
        this.attendees = attendees;
    }

    public String getAttendeeList() {
        return attendeeList;
    }

    public void setAttendeeList(String attendeeList) {
        this.attendeeList = attendeeList;
    }

    public @Nullable BigDecimal getRating() {
        return rating;
    }

    public void setRating(@Nullable BigDecimal rating) {
        this.rating = rating;
    }

    public String getEvaluationComments() {
        return evaluationComments;
    }

    public void setEvaluationComments(String evaluationComments) {
        this.evaluationComments = evaluationComments;
    }

    public Long getCreatedBy() {
        return createdBy;
    }
}
