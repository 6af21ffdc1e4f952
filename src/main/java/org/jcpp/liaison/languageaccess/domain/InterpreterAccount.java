package org.jcpp.liaison.languageaccess.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** A department's account with its interpreter vendor, as the vendor's usage report names it. */
@Entity
@Table(name = "interpreter_account")
public class InterpreterAccount extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String vendor = "";

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String account = "";

    @Classified(DataClass.PUBLIC)
    @Column(name = "department_id", nullable = false)
    private long departmentId;

    public String getVendor() {
        return vendor;
    }

    public String getAccount() {
        return account;
    }

    public long getDepartmentId() {
        return departmentId;
    }

    public void map(String vendor, String account, long departmentId) {
        this.vendor = vendor.strip();
        this.account = account.strip();
        this.departmentId = departmentId;
    }
}
