package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.referencedata.PartnerKind;

@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation extends NamedItem {

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerKind kind = PartnerKind.OTHER;

    public PartnerKind getKind() {
        return kind;
    }

    public void setKind(PartnerKind kind) {
        this.kind = kind;
    }
}
