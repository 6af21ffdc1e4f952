package org.jcpp.liaison.surveys.ui;

/** What a new survey form suggests. */
final class SurveyDefaults {

    /** A survey after an event takes answers for this many days after it (residents answer at home too). */
    static final int DAYS_AFTER_EVENT = 30;

    private SurveyDefaults() {}
}
