package org.jcpp.liaison.surveys;

/**
 * How a question is answered: a 0–10 scale, a 5-point scale (agreement, likelihood or quality), or a short free text
 * (at most {@link SurveyLimits#TEXT_ANSWER_MAX} characters, shown to staff only).
 */
public enum SurveyScale {
    ZERO_TO_TEN(0, 10),
    AGREE_5(1, 5),
    LIKELY_5(1, 5),
    QUALITY_5(1, 5),
    TEXT(0, 0);

    private final int lowest;
    private final int highest;

    SurveyScale(int lowest, int highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    public int lowest() {
        return lowest;
    }

    public int highest() {
        return highest;
    }

    public boolean numeric() {
        return this != TEXT;
    }

    /** Whether {@code value} is a point of this scale. */
    public boolean allows(int value) {
        return numeric() && value >= lowest && value <= highest;
    }
}
