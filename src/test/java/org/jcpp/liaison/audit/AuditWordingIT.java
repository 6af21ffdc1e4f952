package org.jcpp.liaison.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.base.RecordNames;
import org.jcpp.liaison.datapractices.Classification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every field the audit trail copies from a record is worded for the admin reading it: a label in English and Spanish,
 * and, for a field holding another record's id, a module that names that record (a training session's topic by its
 * title, not "#12").
 */
@IntegrationTest
class AuditWordingIT {

    /** The records whose fields the audit trail copies ({@code Classification.snapshot} in their services). */
    private static final Set<String> AUDITED = Set.of(
            "AdvisoryCommittee",
            "CommitteeMember",
            "CommitteeMeeting",
            "Recommendation",
            "UserAccount",
            "MemberCity",
            "PoliceDepartment",
            "CommunityGroup",
            "Language",
            "PartnerOrganisation",
            "Topic",
            "Contact",
            "Need",
            "RollCallBriefing",
            "TrainingTopic",
            "TrainingSession",
            "OutreachEvent",
            "OutreachSeries",
            "MailSettingsRecord",
            "Survey");

    @Autowired
    List<RecordNames> names;

    @Autowired
    ChangeReader reader;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_stored_topic_event_series_or_need_reads_as_its_name() {
        var topic = jdbc.queryForMap("SELECT id, title FROM training_topic ORDER BY id LIMIT 1");
        var event =
                jdbc.queryForMap("SELECT id, title, starts_at::date AS day FROM outreach_event ORDER BY id LIMIT 1");
        var series = jdbc.queryForMap("SELECT id, title FROM outreach_series ORDER BY id LIMIT 1");
        var need = jdbc.queryForMap("SELECT n.id, c.occurred_at::date AS day FROM need n"
                + " JOIN contact c ON c.id = n.contact_id ORDER BY n.id LIMIT 1");

        var changes = reader.read(
                AuditAction.CREATE,
                "{\"topicId\":%s,\"eventId\":%s,\"seriesId\":%s,\"sourceNeedId\":%s,\"topics\":[\"CoveredTopic[topicId=%s, revision=2]\"]}"
                        .formatted(
                                topic.get("id"), event.get("id"), series.get("id"), need.get("id"), topic.get("id")));

        assertThat(changes)
                .extracting(FieldChange::after)
                .containsExactly(
                        (String) topic.get("title"),
                        event.get("title") + ", " + event.get("day"),
                        (String) series.get("title"),
                        "#" + need.get("id") + ", " + need.get("day"),
                        topic.get("title") + ": 2");
    }

    @Test
    void every_audited_field_has_a_label_and_every_stored_id_a_name() throws Exception {
        var english = translations("vaadin-i18n/translations.properties");
        var spanish = translations("vaadin-i18n/translations_es.properties");
        var named = new HashSet<String>();
        names.forEach(n -> named.addAll(n.fields()));

        var unlabelled = new ArrayList<String>();
        var unnamed = new ArrayList<String>();
        var entities = entities();
        assertThat(entities.stream().map(Class::getSimpleName)).containsAll(AUDITED);
        for (Class<?> entity : entities) {
            if (!AUDITED.contains(entity.getSimpleName())) {
                continue;
            }
            for (String field : Classification.of(entity).keySet()) {
                String key = "audit.field." + field;
                if (!english.containsKey(key) || !spanish.containsKey(key)) {
                    unlabelled.add(entity.getSimpleName() + "." + field);
                }
                if (field.matches(".*(Id|Ids|By)$") && !named.contains(field)) {
                    unnamed.add(entity.getSimpleName() + "." + field);
                }
            }
        }
        assertThat(unlabelled)
                .as("audited fields without a label in English and Spanish")
                .isEmpty();
        assertThat(unnamed).as("audited id fields no module names").isEmpty();
    }

    private static Set<Class<?>> entities() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        var types = new HashSet<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.jcpp.liaison")) {
            types.add(Class.forName(candidate.getBeanClassName()));
        }
        return types;
    }

    private static Properties translations(String resource) throws IOException {
        var properties = new Properties();
        try (var in = AuditWordingIT.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
