package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.domain.UserAccount;
import org.jcpp.liaison.base.MultiLine;
import org.jcpp.liaison.base.TextNormaliser;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.outreach.domain.CalendarFeed;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** Every text the app stores goes through the one normaliser; hashes do not. */
class TextFieldsTest {

    @Test
    void every_entity_normalises_its_text_on_insert_and_update() throws Exception {
        var without = new ArrayList<String>();
        var entities = entities();
        for (Class<?> entity : entities) {
            boolean listens = false;
            for (Class<?> c = entity; c != null; c = c.getSuperclass()) {
                var listeners = c.getAnnotation(EntityListeners.class);
                listens |= listeners != null && Arrays.asList(listeners.value()).contains(TextNormaliser.class);
            }
            if (!listens) {
                without.add(entity.getSimpleName());
            }
        }
        assertThat(entities).hasSizeGreaterThan(10);
        assertThat(without).isEmpty();
    }

    @Test
    void a_text_is_multi_line_in_its_record_exactly_when_it_is_in_its_entity() throws Exception {
        // entity text fields by module and name → multi-line or not
        Map<String, Boolean> entityFields = new HashMap<>();
        for (Class<?> entity : entities()) {
            for (Class<?> c = entity; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == String.class) {
                        entityFields.put(
                                module(entity) + "." + field.getName(), field.isAnnotationPresent(MultiLine.class));
                    }
                }
            }
        }
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        var mismatched = new ArrayList<String>();
        int multiLineComponents = 0;
        for (var candidate : scanner.findCandidateComponents("org.jcpp.liaison")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (!type.isRecord() || !type.getSimpleName().matches(".*(Data|Update)")) {
                continue;
            }
            for (var component : type.getRecordComponents()) {
                boolean multiLine = component.isAnnotationPresent(MultiLine.class);
                multiLineComponents += multiLine ? 1 : 0;
                Boolean stored = entityFields.get(module(type) + "." + component.getName());
                if (component.getType() == String.class && stored != null && stored != multiLine) {
                    mismatched.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(multiLineComponents).isGreaterThan(8);
        assertThat(mismatched).isEmpty();
    }

    @Test
    void a_password_hash_and_a_calendar_secret_hash_are_left_exactly_as_they_are() {
        String hash = " {bcrypt}$2a$10$abc\u000B ";
        var account = new UserAccount();
        account.setPasswordHash(hash);
        account.setDisplayName(" Ana\u202E ");
        new TextNormaliser().normalise(account);
        assertThat(account.getPasswordHash()).isEqualTo(hash);
        assertThat(account.getDisplayName()).isEqualTo("Ana");

        var feed = new CalendarFeed(1, hash);
        new TextNormaliser().normalise(feed);
        assertThat(feed).extracting("tokenHash").isEqualTo(hash);
    }

    @Test
    void an_entity_written_past_the_services_is_normalised_with_its_lines_kept_where_they_belong() {
        var need = new Need();
        need.setDescription("One\r\ntwo\u000B\u202E");
        new TextNormaliser().normalise(need);
        assertThat(need.getDescription()).isEqualTo("One\ntwo");
    }

    private static List<Class<?>> entities() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        var entities = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("org.jcpp.liaison")) {
            entities.add(Class.forName(candidate.getBeanClassName()));
        }
        return entities;
    }

    private static String module(Class<?> type) {
        return type.getPackageName().replace("org.jcpp.liaison.", "").split("\\.")[0];
    }
}
