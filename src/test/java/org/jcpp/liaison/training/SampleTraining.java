package org.jcpp.liaison.training;

import java.util.List;
import java.util.Set;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.DepartmentRef;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ShiftRow;

/** Topics, departments and shifts for tests, found or made the way users do. */
public class SampleTraining {

    private final SignedIn signedIn;
    private final TrainingTopicService topics;
    private final ReferenceDataService referenceData;

    public SampleTraining(SignedIn signedIn, TrainingTopicService topics, ReferenceDataService referenceData) {
        this.signedIn = signedIn;
        this.topics = topics;
        this.referenceData = referenceData;
    }

    /** An active topic of the demo catalog by title, at its current revision. */
    public TopicRef activeTopic(String title) {
        return signedIn.as("demo-liaison", () -> topics.active().stream()
                .filter(t -> t.title().equals(title))
                .findFirst()
                .orElseThrow());
    }

    /** A new topic with a unique title, proposed by the liaison, approved and made active by the coordinator. */
    public TopicDetails newActiveTopic(String titlePrefix) {
        String title = titlePrefix + " " + System.nanoTime();
        var proposed = signedIn.as(
                "demo-liaison",
                () -> topics.propose(new TopicData(
                        title, "Summary of " + title, "First key point", TrainingAudience.PATROL, "", null, false)));
        return signedIn.as("demo-coordinator", () -> {
            var approved = topics.changeStatus(proposed.id(), proposed.version(), TopicStatus.APPROVED);
            return topics.changeStatus(approved.id(), approved.version(), TopicStatus.ACTIVE);
        });
    }

    /** The police department of a member city (the seeded "<city> Police Department"). */
    public DepartmentRef department(String cityName) {
        return signedIn.as("demo-liaison", () -> referenceData.departments().stream()
                .filter(d -> d.name().equals(cityName + " Police Department"))
                .findFirst()
                .orElseThrow());
    }

    public ShiftRow shift(DepartmentRef department, String name) {
        return signedIn.as("demo-liaison", () -> referenceData.shifts(department.id()).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow());
    }

    public static Set<Long> ids(TopicRef... refs) {
        return Set.copyOf(List.of(refs).stream().map(TopicRef::id).toList());
    }
}
