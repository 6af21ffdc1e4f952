package org.jcpp.liaison.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.training.TrainingAudience;

/** One revision of a training topic's content, written once and never changed. */
@Entity
@EntityListeners(TextNormaliser.class)
@Table(name = "training_topic_revision")
public class TopicRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Classified(DataClass.PUBLIC)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id", updatable = false)
    private TrainingTopic topic;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false, updatable = false)
    private int revision;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false, updatable = false)
    private String title;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false, updatable = false)
    @MultiLine
    private String summary;

    @Classified(value = DataClass.PUBLIC, freeText = true)
    @Column(name = "key_points", nullable = false, updatable = false)
    @MultiLine
    private String keyPoints;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TrainingAudience audience;

    @Classified(value = DataClass.PRIVATE, freeText = true)
    @Column(name = "change_note", nullable = false, updatable = false)
    @MultiLine
    private String changeNote;

    @Classified(DataClass.PRIVATE)
    @Column(name = "author_id", nullable = false, updatable = false)
    private Long authorId;

    @Classified(DataClass.PUBLIC)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected TopicRevision() {}

    @SuppressWarnings("NullAway.Init") // the database assigns its id when it is saved
    TopicRevision(
            TrainingTopic topic,
            int revision,
            String title,
            String summary,
            String keyPoints,
            TrainingAudience audience,
            String changeNote,
            long authorId) {
        this.topic = topic;
        this.revision = revision;
        this.title = title;
        this.summary = summary;
        this.keyPoints = keyPoints;
        this.audience = audience;
        this.changeNote = changeNote;
        this.authorId = authorId;
    }

    public Long getId() {
        return id;
    }

    public TrainingTopic getTopic() {
        return topic;
    }

    public int getRevision() {
        return revision;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getKeyPoints() {
        return keyPoints;
    }

    public TrainingAudience getAudience() {
        return audience;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
