package org.jcpp.liaison.reporting;

import java.util.List;
import java.util.Map;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.training.TopicStatus;

/**
 * The advisory committee's report-back ("you said, we did") for a period and cities: the needs residents raised, by
 * category, where they stand, the partner organisations they were referred to, and the officer training proposed from
 * them. Counts and names of organisations and topics only: no description, outcome text or person.
 */
public record ReportBack(Period period, List<Long> cityIds, List<CategoryOutcome> categories, List<TopicLine> topics) {

    /**
     * What became of the needs of one category; the four states add up to {@code raised}. {@code referrals}: how many
     * of them went to each partner organisation (by id), most first.
     */
    public record CategoryOutcome(
            NeedCategory category,
            int raised,
            int beingWorkedOn,
            int referred,
            int resolved,
            int closedWithoutAction,
            Map<Long, Integer> referrals) {}

    /** A training topic proposed from one of the needs (which one, and its category, stay in the app). */
    public record TopicLine(String title, TopicStatus status) {}

    public int raised() {
        return categories.stream().mapToInt(CategoryOutcome::raised).sum();
    }
}
