package org.jcpp.liaison.committees;

/** What a committee's recommendation or concern is about. */
public enum RecommendationCategory {
    POLICY,
    TRAINING,
    HIRING,
    COMMUNITY_EVENT,
    RECURRING_PROBLEM
}
