package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** A language as residents speak it, with its ISO 639-3 code (none only on an entry added before codes existed). */
@Entity
@Table(name = "language")
public class Language extends NamedItem {

    @Classified(DataClass.PUBLIC)
    @Column(length = 3)
    private @Nullable String code;

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
