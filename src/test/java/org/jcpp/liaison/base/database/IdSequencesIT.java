package org.jcpp.liaison.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.referencedata.domain.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The records' ids come from their tables' identity sequences, fifty at a time (AbstractEntity, 0066). The schema check
 * at start cannot see those sequences (IdSequenceValidation), so this test does: a table whose sequence still counts
 * by one would hand the app ids that rows saved before already have, and its saves would fail.
 */
@IntegrationTest
class IdSequencesIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void every_sequence_the_app_draws_ids_from_counts_by_the_block_it_takes() {
        Map<String, Integer> taken = new TreeMap<>();
        entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getMappingMetamodel()
                .forEachEntityDescriptor(persister -> {
                    if (persister.getGenerator() instanceof SequenceStyleGenerator generator) {
                        taken.put(
                                generator
                                        .getDatabaseStructure()
                                        .getPhysicalName()
                                        .getObjectName()
                                        .getText(),
                                generator.getDatabaseStructure().getIncrementSize());
                    }
                });
        assertThat(taken).as("the records' tables").containsKeys("contact_id_seq", "need_id_seq", "topic_id_seq");
        Map<String, Integer> counted = new TreeMap<>();
        for (var row : jdbc.queryForList(
                "select sequencename, increment_by from pg_sequences where sequencename = any(?)",
                (Object) taken.keySet().toArray(String[]::new))) {
            counted.put((String) row.get("sequencename"), ((Number) row.get("increment_by")).intValue());
        }
        assertThat(counted).isEqualTo(taken);
    }

    @Test
    void rows_inserted_by_sql_and_records_saved_by_the_app_never_share_an_id() {
        var ids = new ArrayList<Long>();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 3; i++) {
                ids.add(jdbc.queryForObject(
                        "insert into topic (name) values (?) returning id", Long.class, "SQL topic " + i));
                List<Topic> saved = new ArrayList<>();
                for (int j = 0; j < 30; j++) {
                    var topic = new Topic();
                    topic.setName("App topic " + i + "-" + j);
                    entityManager.persist(topic);
                    saved.add(topic);
                }
                entityManager.flush();
                saved.forEach(t -> ids.add(t.requireId()));
            }
            status.setRollbackOnly();
        });
        assertThat(ids).hasSize(93);
        assertThat(new HashSet<>(ids)).hasSize(93);
    }
}
