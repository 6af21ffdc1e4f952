package org.jcpp.liaison.surveys;

/** Sizes of a survey and its answers, written once: the columns, the validators, the forms and the public page. */
public final class SurveyLimits {

    public static final int TITLE_MAX = 120;
    /** A survey's own questions, besides the standard items. */
    public static final int OWN_QUESTIONS_MAX = 3;

    public static final int QUESTION_TEXT_MAX = 300;
    /** A free-text answer: long enough for a sentence or two, too short to be a dumping ground. */
    public static final int TEXT_ANSWER_MAX = 500;
    /** No figure of a survey is shown before it has this many answers ("not enough answers yet"). */
    public static final int ANSWERS_BEFORE_FIGURES = 10;

    /** Paper answers typed in at once (a stack from one event; more go in the next save). */
    public static final int PAPER_ROWS_MAX = 50;

    private SurveyLimits() {}
}
