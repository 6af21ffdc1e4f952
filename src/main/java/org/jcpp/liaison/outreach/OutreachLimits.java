package org.jcpp.liaison.outreach;

/** Sizes and ranges of events and series: the tables, the validators and the forms share them. */
public final class OutreachLimits {

    public static final int TITLE_MAX = 200;
    public static final int VENUE_MAX = 200;
    public static final int OUTCOMES_MAX = 4000;
    public static final int HEADCOUNT_MAX = 100_000;
    public static final int POLICE_MAX = 9_999;
    public static final int PARTICIPANTS_MAX = 10_000;

    /** An event starts at most this many years ago and at most {@link #YEARS_AHEAD} years ahead. */
    public static final int YEARS_BACK = 10;

    public static final int YEARS_AHEAD = 3;

    private OutreachLimits() {}
}
