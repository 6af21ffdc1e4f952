package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

@Entity
@Table(name = "department_shift")
public class DepartmentShift extends NamedItem {

    @Classified(DataClass.PUBLIC)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private PoliceDepartment department;

    @Classified(DataClass.PUBLIC)
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public PoliceDepartment getDepartment() {
        return department;
    }

    public void setDepartment(PoliceDepartment department) {
        this.department = department;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
