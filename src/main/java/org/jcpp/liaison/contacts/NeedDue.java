package org.jcpp.liaison.contacts;

/** An open need due on a day, for a reminder: whose it is and what kind, never its words or a person. */
public record NeedDue(long needId, long ownerId, NeedCategory category, long cityId) {}
