package org.jcpp.liaison.contacts;

/** What sort of meeting a contact was. */
public enum ContactKind {
    ONE_TO_ONE,
    HOME_VISIT,
    SMALL_GROUP,
    COMMUNITY_MEETING,
    ADVISORY_COMMITTEE,
    PHONE_OR_TEXT,
    WALK_IN,
    OTHER
}
