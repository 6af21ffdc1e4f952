package org.jcpp.liaison.rollcall.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/**
 * A roll-call briefing: a liaison's few minutes with one shift of a police department, on topics of the training
 * catalog. Holds no resident's data; the officers' questions and the follow-ups are staff free text.
 */
@Entity
@Table(name = "roll_call_briefing")
public class RollCallBriefing extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "briefed_on", nullable = false)
    private LocalDate briefedOn;

    /** The department's city, kept on the row so lists and coverage are scoped in one statement. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "shift_id", nullable = false)
    private Long shiftId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "presenter_id", nullable = false)
    private Long presenterId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int officers;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int minutes;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String feedback = "";

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(name = "follow_ups", nullable = false)
    @MultiLine
    private String followUps = "";

    @Classified(DataClass.PUBLIC)
    @ElementCollection
    @CollectionTable(name = "roll_call_topic", joinColumns = @JoinColumn(name = "briefing_id"))
    private Set<CoveredTopic> topics = new HashSet<>();

    /** The spreadsheet import the briefing came in with (null: logged in the app). */
    @Classified(DataClass.PUBLIC)
    @Column(name = "import_batch_id", updatable = false)
    private @org.jspecify.annotations.Nullable Long importBatchId;

    protected RollCallBriefing() {}

    @SuppressWarnings("NullAway.Init") // its fields are filled (AuditedChanges.create) before it is saved
    public RollCallBriefing(long createdBy) {
        this.createdBy = createdBy;
    }

    public LocalDate getBriefedOn() {
        return briefedOn;
    }

    public void setBriefedOn(LocalDate briefedOn) {
        this.briefedOn = briefedOn;
    }

    public Long getCityId() {
        return cityId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Long getShiftId() {
        return shiftId;
    }

    /** Where the briefing was given: a shift of a department, and that department's city. */
    public void setShift(long cityId, long departmentId, long shiftId) {
        this.cityId = cityId;
        this.departmentId = departmentId;
        this.shiftId = shiftId;
    }

    public Long getPresenterId() {
        return presenterId;
    }

    public void setPresenterId(Long presenterId) {
        this.presenterId = presenterId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public int getOfficers() {
        return officers;
    }

    public void setOfficers(int officers) {
        this.officers = officers;
    }

    public int getMinutes() {
        return minutes;
    }

    public void setMinutes(int minutes) {
        this.minutes = minutes;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public String getFollowUps() {
        return followUps;
    }

    public void setFollowUps(String followUps) {
        this.followUps = followUps;
    }

    public Set<CoveredTopic> getTopics() {
        return topics;
    }

    public void setTopics(Set<CoveredTopic> topics) {
        if (this.topics.equals(new java.util.HashSet<>(topics))) {
            return; // the same: an untouched collection neither raises the version nor rewrites its rows
        }
        this.topics.clear();
        this.topics.addAll(topics);
    }

    public @org.jspecify.annotations.Nullable Long getImportBatchId() {
        return importBatchId;
    }

    /** Tags a new briefing with the import that brings it in. */
    public void setImportBatchId(long importBatchId) {
        this.importBatchId = importBatchId;
    }
}
