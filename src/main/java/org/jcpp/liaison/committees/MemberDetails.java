package org.jcpp.liaison.committees;

/** A member with how to reach them (reading it is audited), its committee and version. */
public record MemberDetails(long id, long version, long committeeId, long cityId, MemberData data, boolean erased) {}
