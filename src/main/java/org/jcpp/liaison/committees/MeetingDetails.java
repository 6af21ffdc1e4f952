package org.jcpp.liaison.committees;

/** A meeting as its page shows it, with its committee's city and name, and whether the user may change it. */
public record MeetingDetails(
        long id, long version, long cityId, String committeeName, MeetingData data, boolean canEdit) {}
