package org.jcpp.liaison.committees;

/** Sizes and ranges of the advisory committees' records, shared by the tables, the validators and the forms. */
public final class CommitteeLimits {

    public static final int NAME_MAX = 120;
    public static final int SPEAKS_FOR_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 200;
    public static final int PLACE_MAX = 200;
    public static final int AGENDA_ITEM_MAX = 300;
    public static final int AGENDA_ITEMS_MAX = 30;
    public static final int POLICE_MAX = 30;
    public static final int ROLE_MAX = 120;
    public static final int GUESTS_MAX = 9999;
    public static final int MINUTES_MAX = 8000;
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int OWNER_MAX = 120;
    /** A meeting may be planned this far ahead. */
    public static final int YEARS_AHEAD = 2;
    /** A member's term may start this far ahead (a member who agreed to join next month). */
    public static final int TERM_YEARS_AHEAD = 1;
    /** The longest meeting: a day. */
    public static final int MEETING_HOURS_MAX = 24;

    private CommitteeLimits() {}
}
