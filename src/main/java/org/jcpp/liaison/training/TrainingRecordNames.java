package org.jcpp.liaison.training;

import java.util.Set;
import org.jcpp.liaison.base.CachedRecordNames;
import org.jcpp.liaison.training.domain.TrainingTopic;
import org.jcpp.liaison.training.domain.TrainingTopicRepository;
import org.springframework.stereotype.Component;

/** Training topics by their title, for the topic ids sessions and briefings keep. */
@Component
class TrainingRecordNames extends CachedRecordNames {

    TrainingRecordNames(TrainingTopicRepository topics) {
        super(Set.of("topicId", "trainingTopicIds"), (field, id) -> topics.findById(id)
                .map(TrainingTopic::getTitle));
    }
}
