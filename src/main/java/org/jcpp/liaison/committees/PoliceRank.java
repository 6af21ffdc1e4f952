package org.jcpp.liaison.committees;

/** The rank of a police attendee at a meeting (police attend by role and rank, not as members). */
public enum PoliceRank {
    CHIEF,
    DEPUTY_CHIEF,
    CAPTAIN,
    LIEUTENANT,
    SERGEANT,
    OFFICER,
    COMMUNITY_SERVICE_OFFICER,
    CIVILIAN_STAFF
}
