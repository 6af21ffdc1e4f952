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
    /** The data-use notice residents are given when they are named; its text is in the README. */
    public static final String CURRENT_NOTICE_VERSION = "2026-1";
    /**
     * How the notice was given: in writing in English or Spanish, or read aloud in the person's language through an
     * interpreter or the language line ("oral").
     */
    public static final java.util.Set<String> NOTICE_LANGUAGES = java.util.Set.of("en", "es", "oral");

    private ContactLimits() {}
}
