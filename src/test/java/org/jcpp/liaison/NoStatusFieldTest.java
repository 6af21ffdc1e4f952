package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;

/** No column, entity field or API record can hold immigration or citizenship status. */
class NoStatusFieldTest {

    private static final Pattern STATUS_NAME = Pattern.compile(
            "(?i)(immigra|citizen|visa|alien|legal_?status|migration|migratori|residency|green_?card|documented|"
                    + "ssn|itin|asylum|refugee|deport|nationality|country_?of_?birth|birth_?country)");

    @Test
    void the_database_schema_has_no_column_for_status() throws IOException {
        var offending = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/changelog"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                for (String line : Files.readAllLines(file)) {
                    // names only: comments and quoted seed data ('Trust and immigration fears' is a topic) are left out
                    String code = line.replaceAll("--.*$", "").replaceAll("'(''|[^'])*'", "''");
                    if (STATUS_NAME.matcher(code).find()) {
                        offending.add(file.getFileName() + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void no_entity_field_or_api_record_component_is_named_for_status() throws Exception {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(Record.class));
        var names = new ArrayList<String>();
        for (var candidate : scanner.findCandidateComponents("org.jcpp.liaison")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    names.add(type.getSimpleName() + "." + field.getName());
                }
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(type.getSimpleName() + "." + component.getName());
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(50);
        List<String> offending = names.stream()
                .filter(name -> STATUS_NAME
                        .matcher(name.substring(name.indexOf('.') + 1))
                        .find())
                .toList();
        assertThat(offending).isEmpty();
    }
}
