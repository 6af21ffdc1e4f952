package org.jcpp.liaison.rollcall;

/** Ranges and sizes of a roll-call briefing, shared by the entity's table, the validators and the form. */
public final class RollCallLimits {

    public static final int OFFICERS_MIN = 1;
    public static final int OFFICERS_MAX = 999;
    public static final int MINUTES_MIN = 1;
    public static final int MINUTES_MAX = 240;
    public static final int TEXT_MAX = 4000;

    private RollCallLimits() {}
}
