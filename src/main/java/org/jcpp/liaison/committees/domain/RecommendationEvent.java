package org.jcpp.liaison.committees.domain;

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
import org.jcpp.liaison.committees.RecommendationChange;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;

/** One entry of a recommendation's history; written once, never changed. */
@Entity
@EntityListeners(TextNormaliser.class)
@Table(name = "committee_recommendation_event")
public class RecommendationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Classified(DataClass.PUBLIC)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recommendation_id")
    private Recommendation recommendation;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false, updatable = false)
    private Instant at = Instant.now();

    @Classified(DataClass.PRIVATE)
    @Column(name = "by_id", nullable = false, updatable = false)
    private Long byId;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false, updatable = false)
    private String what;

    @Classified(value = DataClass.PUBLIC, freeText = true)
    @Column(nullable = false, updatable = false)
    @MultiLine
    private String detail;

    protected RecommendationEvent() {}

    @SuppressWarnings("NullAway.Init") // the database assigns its id when it is saved
    RecommendationEvent(Recommendation recommendation, long byId, RecommendationChange change) {
        this.recommendation = recommendation;
        this.byId = byId;
        this.what = change.what();
        this.detail = change.detail();
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

    public RecommendationChange change() {
        return RecommendationChange.read(what, detail);
    }
}
