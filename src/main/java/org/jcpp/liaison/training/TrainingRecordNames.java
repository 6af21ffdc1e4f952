package org.jcpp.liaison.training;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.jcpp.liaison.base.RecordNames;
import org.jcpp.liaison.base.ShortCache;
import org.jcpp.liaison.training.domain.TrainingTopic;
import org.jcpp.liaison.training.domain.TrainingTopicRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Training topics by their title, for the topic ids sessions and briefings keep. */
@Component
@Transactional(readOnly = true)
class TrainingRecordNames implements RecordNames {

    private static final Set<String> FIELDS = Set.of("topicId");

    private final TrainingTopicRepository topics;
    private final ShortCache cache = new ShortCache(Duration.ofMinutes(1));

    TrainingRecordNames(TrainingTopicRepository topics) {
        this.topics = topics;
    }

    @Override
    public Set<String> fields() {
        return FIELDS;
    }

    @Override
    public Optional<String> name(String field, long id) {
        if (!FIELDS.contains(field)) {
            return Optional.empty();
        }
        return cache.get("topic " + id, () -> topics.findById(id).map(TrainingTopic::getTitle));
    }
}
