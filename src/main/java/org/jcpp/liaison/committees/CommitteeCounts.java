package org.jcpp.liaison.committees;

/** How many members, meetings and recommendations a committee has: the totals of its page's three lists. */
public record CommitteeCounts(long members, long meetings, long recommendations) {}
