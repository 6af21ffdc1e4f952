package org.jcpp.liaison.training.domain;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jcpp.liaison.training.TopicStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface TrainingTopicRepository extends JpaRepository<TrainingTopic, Long> {

    @Query("select t.id from TrainingTopic t where t.languageAccess = true")
    java.util.Set<Long> findLanguageAccessIds();

    /** The topic, locked until the transaction ends: two revisions at once are made one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from TrainingTopic t where t.id = :id")
    Optional<TrainingTopic> findForUpdate(long id);

    boolean existsByTitleIgnoreCase(String title);

    boolean existsByTitleIgnoreCaseAndIdNot(String title, Long id);

    List<TrainingTopic> findByStatusOrderByTitleAsc(TopicStatus status);

    @Query("select r from TopicRevision r join fetch r.topic where r.topic.id in :topicIds")
    List<TopicRevision> findRevisionsOf(Collection<Long> topicIds);
}
