package org.jcpp.liaison.reporting;

/**
 * A city's week, for the coordinators' weekly mail: needs raised on contacts of the week, open needs past their
 * follow-up date now, events held and roll-call briefings given in the week, and the advisory committees' open
 * recommendations now (as the committee pages count them: not yet done or declined). Counts only.
 */
public record CityWeek(long cityId, int newNeeds, int overdue, int eventsHeld, int briefings, int openRecommendations) {

    public boolean quiet() {
        return newNeeds == 0 && overdue == 0 && eventsHeld == 0 && briefings == 0 && openRecommendations == 0;
    }
}
