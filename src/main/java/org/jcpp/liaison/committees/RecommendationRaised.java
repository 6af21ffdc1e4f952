package org.jcpp.liaison.committees;

/**
 * A recommendation was raised at an advisory committee's meeting, published in the transaction that stores it: the
 * city's coordinators (who send it to the department and record its answer) hear of it. Ids only.
 */
public record RecommendationRaised(long recommendationId, long cityId, long byId) {}
