package org.jcpp.liaison.contacts;

/**
 * How many of a person's open follow-ups of one category in one city are overdue, due today and due in the next seven
 * days: counts only (a reminder mail carries these, never a need's text or a resident).
 */
public record FollowUpCount(NeedCategory category, long cityId, long overdue, long dueToday, long dueThisWeek) {

    public long total() {
        return overdue + dueToday + dueThisWeek;
    }
}
