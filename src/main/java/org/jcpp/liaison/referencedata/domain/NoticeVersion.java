package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** A version of the data-use notice: its code ("2026-1") and the day from which it is given. */
@Entity
@Table(name = "notice_version")
public class NoticeVersion extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(name = "code", nullable = false, updatable = false)
    private String versionCode = "";

    @Classified(DataClass.PUBLIC)
    @Column(name = "in_force_from", nullable = false)
    private LocalDate inForceFrom = LocalDate.EPOCH;

    public String getCode() {
        return versionCode;
    }

    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public void start(String code, LocalDate inForceFrom) {
        this.versionCode = code.strip();
        this.inForceFrom = inForceFrom;
    }
}
