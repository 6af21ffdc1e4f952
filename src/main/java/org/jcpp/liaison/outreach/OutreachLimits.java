package org.jcpp.liaison.outreach;

import java.time.Duration;

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

    /** A new event lasts this long until its end is chosen. */
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(2);

    /**
     * Events are a few hours long: one that runs into another day (and so every one longer than this) is saved only
     * after the user confirms it, since it is most often a date typed wrong.
     */
    public static final Duration ONE_DAY = Duration.ofDays(1);

    private OutreachLimits() {}
}
