package org.jcpp.liaison.committees.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** A city's Multicultural Advisory Committee: community leaders who meet with the police department's command staff. */
@Entity
@Table(name = "advisory_committee")
public class AdvisoryCommittee extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "city_id", nullable = false)
    private Long cityId;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String name;

    @Classified(DataClass.PUBLIC)
    @Column(name = "report_language", nullable = false)
    private String reportLanguage = "en";

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private boolean active = true;

    @SuppressWarnings("NullAway.Init") // filled (AuditedChanges.create) before it is saved
    public AdvisoryCommittee() {}

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.strip();
    }

    public String getReportLanguage() {
        return reportLanguage;
    }

    public void setReportLanguage(String reportLanguage) {
        this.reportLanguage = reportLanguage;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
