package org.jcpp.liaison.surveys;

/**
 * The standard items a survey is made from, as research on police–community trust and the COPS Office ask them. Their
 * words in each language are the app's translations ({@code survey.item.<NAME>}), kept with the item; the same item in
 * every survey is what lets a city's answers be followed over time.
 */
public enum SurveyItem {
    /** How safe do you feel in your neighbourhood? (0–10) */
    FEEL_SAFE(SurveyScale.ZERO_TO_TEN),
    /** The police treat people with respect. (agree) */
    TREATED_WITH_RESPECT(SurveyScale.AGREE_5),
    /** The police listen to the community's concerns. (agree) */
    LISTEN_TO_CONCERNS(SurveyScale.AGREE_5),
    /** If you were the victim of or witness to a crime, how likely is it you would contact the police? (likely) */
    WOULD_CONTACT_POLICE(SurveyScale.LIKELY_5),
    /** How was your experience at this event? (quality) */
    EVENT_EXPERIENCE(SurveyScale.QUALITY_5);

    private final SurveyScale scale;

    SurveyItem(SurveyScale scale) {
        this.scale = scale;
    }

    public SurveyScale scale() {
        return scale;
    }
}
