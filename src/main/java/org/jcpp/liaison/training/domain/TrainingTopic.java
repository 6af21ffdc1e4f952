package org.jcpp.liaison.training.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jcpp.liaison.training.TopicStatus;
import org.jcpp.liaison.training.TrainingAudience;
import org.jspecify.annotations.Nullable;

/**
 * A topic of the officer training catalog. Its content (title, summary, key points, audience) is the current revision's;
 * every change of content adds a revision, and earlier revisions stay as they were.
 */
@Entity
@Table(name = "training_topic")
public class TrainingTopic extends AbstractEntity {

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private String title;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    @MultiLine
    private String summary = "";

    @Classified(value = DataClass.PUBLIC, freeText = true)
    @Column(name = "key_points", nullable = false)
    @MultiLine
    private String keyPoints = "";

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TrainingAudience audience;

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TopicStatus status = TopicStatus.PROPOSED;

    @Classified(DataClass.PUBLIC)
    @Column(nullable = false)
    private int revision;

    /** The community need the topic was proposed from, if any (a need of the contacts module, by id). */
    @Classified(DataClass.PRIVATE)
    @Column(name = "source_need_id")
    private @Nullable Long sourceNeedId;

    @Classified(DataClass.PRIVATE)
    @Column(name = "proposed_by", nullable = false, updatable = false)
    private Long proposedBy;

    /** About language access (the language line, interpreters): not part of a revision's content. */
    @Classified(DataClass.PUBLIC)
    @Column(name = "language_access", nullable = false)
    private boolean languageAccess;

    @OneToMany(mappedBy = "topic", cascade = CascadeType.ALL)
    @OrderBy("revision desc")
    private List<TopicRevision> revisions = new ArrayList<>();

    protected TrainingTopic() {}

    @SuppressWarnings("NullAway.Init") // its fields are filled (AuditedChanges.create) before it is saved
    public TrainingTopic(long proposedBy, @Nullable Long sourceNeedId) {
        this.proposedBy = proposedBy;
        this.sourceNeedId = sourceNeedId;
    }

    /** Makes the given content current as a new revision, written by {@code authorId} with a note of what changed. */
    public TopicRevision revise(
            String title,
            String summary,
            String keyPoints,
            TrainingAudience audience,
            String changeNote,
            long authorId) {
        this.title = title;
        this.summary = summary;
        this.keyPoints = keyPoints;
        this.audience = audience;
        this.revision++;
        var entry = new TopicRevision(this, revision, title, summary, keyPoints, audience, changeNote, authorId);
        revisions.addFirst(entry);
        return entry;
    }

    /** Whether the given content differs from the current revision's. */
    public boolean differsFrom(String title, String summary, String keyPoints, TrainingAudience audience) {
        return !this.title.equals(title)
                || !this.summary.equals(summary)
                || !this.keyPoints.equals(keyPoints)
                || this.audience != audience;
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

    public boolean isLanguageAccess() {
        return languageAccess;
    }

    public void setLanguageAccess(boolean languageAccess) {
        this.languageAccess = languageAccess;
    }

    public TopicStatus getStatus() {
        return status;
    }

    public void setStatus(TopicStatus status) {
        this.status = status;
    }

    public int getRevision() {
        return revision;
    }

    public @Nullable Long getSourceNeedId() {
        return sourceNeedId;
    }

    public Long getProposedBy() {
        return proposedBy;
    }

    /** Newest first. */
    public List<TopicRevision> getRevisions() {
        return revisions;
    }
}
