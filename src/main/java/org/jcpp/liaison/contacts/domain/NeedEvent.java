package org.jcpp.liaison.contacts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.base.TextNormaliser;
import org.jcpp.liaison.contacts.NeedChange;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** One entry of a need's history; written once, never changed. */
@Entity
@EntityListeners(TextNormaliser.class)
@Table(name = "need_event")
public class NeedEvent {

    /**
     * From the table's sequence fifty at a time, as a record's ({@code AbstractEntity}, 0067): a save of many needs
     * (an import) then batches their history's inserts. The history is ordered by time, then id.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Classified(DataClass.PUBLIC)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "need_id")
    private Need need;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false, updatable = false)
    private Instant at = Instant.now();

    @Classified(DataClass.PRIVATE)
    @Column(name = "by_id", nullable = false, updatable = false)
    private Long byId;

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false, updatable = false)
    private String what;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(nullable = false)
    @MultiLine
    private String detail;

    protected NeedEvent() {}

    @SuppressWarnings("NullAway.Init") // Hibernate assigns its id when it is saved
    NeedEvent(Need need, long byId, NeedChange change) {
        this.need = need;
        this.byId = byId;
        this.what = change.what();
        String detail = change.detail();
        this.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
    }

    void backdate(Instant at) {
        this.at = at;
    }

    public Instant getAt() {
        return at;
    }

    public Long getById() {
        return byId;
    }

    /** What happened, typed. */
    public NeedChange change() {
        return NeedChange.read(what, detail);
    }

    /** Retention and erasure: the words go, the fact that something happened stays. */
    void removeText(String placeholder) {
        if (change().isFreeText()) {
            detail = placeholder;
        }
    }
}
