package org.jcpp.liaison.training;

/**
 * A training topic was proposed, published in the transaction that stores it: the coordinators (who approve or retire
 * topics for the whole partnership) hear of it. Ids only.
 */
public record TopicProposed(long topicId, long byId) {}
