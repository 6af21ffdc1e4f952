package org.jcpp.liaison.outreach;

/** What kind of outreach event it is. */
public enum EventType {
    COMMUNITY_EVENT,
    VOLUNTEERING,
    FORUM,
    NATIONAL_NIGHT_OUT,
    ACADEMY_SESSION,
    YOUTH_PROGRAM,
    CULTURAL_CELEBRATION,
    ADVISORY_COMMITTEE,
    OTHER
}
