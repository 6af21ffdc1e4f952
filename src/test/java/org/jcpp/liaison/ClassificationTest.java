package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.domain.NamedPerson;
import org.jcpp.liaison.contacts.domain.Need;
import org.jcpp.liaison.datapractices.Classification;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** Every field of personal or community data is classified in one place: on the entity field itself. */
class ClassificationTest {

    @Test
    void every_persistent_field_of_every_entity_is_classified() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        var unclassified = new ArrayList<String>();
        int entities = 0;
        for (var candidate : scanner.findCandidateComponents("org.jcpp.liaison")) {
            entities++;
            for (Class<?> c = Class.forName(candidate.getBeanClassName());
                    c != null && c != Object.class && !c.getSimpleName().equals("AbstractEntity");
                    c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    boolean exempt = Modifier.isStatic(field.getModifiers())
                            || field.isAnnotationPresent(Id.class)
                            || field.isAnnotationPresent(Version.class)
                            || field.isAnnotationPresent(Transient.class)
                            || field.isAnnotationPresent(OneToMany.class);
                    if (!exempt && !field.isAnnotationPresent(Classified.class)) {
                        unclassified.add(c.getSimpleName() + "." + field.getName());
                    }
                }
            }
        }
        assertThat(entities).isGreaterThan(10);
        assertThat(unclassified).isEmpty();
    }

    @Test
    void what_identifies_a_resident_is_confidential() {
        assertThat(Classification.of(NamedPerson.class))
                .containsEntry("name", DataClass.CONFIDENTIAL)
                .containsEntry("reachBy", DataClass.CONFIDENTIAL)
                .containsEntry("address", DataClass.CONFIDENTIAL)
                .containsEntry("preferredLanguageId", DataClass.CONFIDENTIAL);
        assertThat(Classification.of(Need.class)).containsEntry("person", DataClass.CONFIDENTIAL);
    }

    @Test
    void an_audit_snapshot_says_a_person_is_named_without_copying_who() {
        var need = new Need();
        need.setCategory(NeedCategory.HOUSING);
        need.setDescription("call back");
        need.setPerson(
                new NamedPerson("Rosa Morales", null, "612-555-0199", "12 Elm St", "2026-1", "es", LocalDate.now()));
        var snapshot = Classification.snapshot(need);
        assertThat(snapshot).containsEntry("person", true).containsEntry("category", "HOUSING");
        assertThat(snapshot.toString())
                .doesNotContain("Rosa")
                .doesNotContain("555-0199")
                .doesNotContain("Elm");

        var person = Classification.snapshot(need.getPerson());
        assertThat(person).containsEntry("name", true).containsEntry("noticeVersion", "2026-1");
        assertThat(person.toString()).doesNotContain("Rosa");
    }
}
