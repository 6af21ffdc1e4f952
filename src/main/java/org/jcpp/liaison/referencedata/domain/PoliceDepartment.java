package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

@Entity
@Table(name = "police_department")
public class PoliceDepartment extends NamedItem {

    @Classified(DataClass.PUBLIC)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    private MemberCity city;

    public MemberCity getCity() {
        return city;
    }

    public void setCity(MemberCity city) {
        this.city = city;
    }
}
