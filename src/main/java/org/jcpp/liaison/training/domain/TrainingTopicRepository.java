package org.jcpp.liaison.training.domain;

import java.util.Collection;
import java.util.List;
import org.jcpp.liaison.training.TopicStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrainingTopicRepository extends JpaRepository<TrainingTopic, Long> {

    boolean existsByTitleIgnoreCase(String title);

    boolean existsByTitleIgnoreCaseAndIdNot(String title, Long id);

    List<TrainingTopic> findByStatusOrderByTitleAsc(TopicStatus status);

    @Query("select r from TopicRevision r join fetch r.topic where r.topic.id in :topicIds")
    List<TopicRevision> findRevisionsOf(Collection<Long> topicIds);
}
