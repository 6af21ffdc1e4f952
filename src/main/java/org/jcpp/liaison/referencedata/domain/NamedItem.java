package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** A reference entry: a name, and whether it is still offered for new records. */
@MappedSuperclass
public abstract class NamedItem extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String name = "";

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private boolean active = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name.strip();
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
