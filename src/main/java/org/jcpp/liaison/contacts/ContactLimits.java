package org.jcpp.liaison.contacts;

/** Field limits shared by entities, service validation and forms. */
public final class ContactLimits {

    public static final int HEADCOUNT_MIN = 1;
    public static final int HEADCOUNT_MAX = 10_000;
    public static final int SUMMARY_MAX = 4000;
    public static final int NEED_TEXT_MAX = 2000;
    public static final int PERSON_NAME_MAX = 150;
    public static final int REACH_BY_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    /**
     * A follow-up is due at the earliest on the day of the contact and at the latest this many years from today (see
     * {@link FollowUpWindow}).
     */
    public static final int FOLLOW_UP_YEARS_AHEAD = 2;

    private ContactLimits() {}
}
