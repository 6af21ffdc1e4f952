package org.jcpp.liaison.training;

/** A topic at the revision a briefing or session covered: that revision's title, and the topic's current revision. */
public record RevisionRef(long topicId, int revision, String title, int currentRevision) {

    public boolean isCurrent() {
        return revision == currentRevision;
    }
}
