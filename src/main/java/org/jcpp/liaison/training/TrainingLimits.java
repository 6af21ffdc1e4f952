package org.jcpp.liaison.training;

import java.math.BigDecimal;

/** Sizes and ranges of training topics and sessions: the entity columns, the validators and the fields share them. */
public final class TrainingLimits {

    public static final int TITLE_MAX = 150;
    public static final int SUMMARY_MAX = 1000;
    public static final int KEY_POINTS_MAX = 4000;
    public static final int CHANGE_NOTE_MAX = 500;
    public static final int TRAINERS_MAX = 500;
    public static final int ATTENDEES_MIN = 1;
    public static final int ATTENDEES_MAX = 999;
    public static final int ATTENDEE_LIST_MAX = 4000;
    public static final int COMMENTS_MAX = 4000;
    public static final BigDecimal HOURS_MIN = new BigDecimal("0.25");
    public static final BigDecimal HOURS_MAX = new BigDecimal("40");
    public static final BigDecimal RATING_MIN = BigDecimal.ONE;
    public static final BigDecimal RATING_MAX = new BigDecimal("5");

    private TrainingLimits() {}
}
