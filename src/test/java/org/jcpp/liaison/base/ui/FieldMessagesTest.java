package org.jcpp.liaison.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Vaadin's number and date fields leave a field red with no text for input the browser cannot hand over (a number too
 * large, a date past the field's latest). Every form uses the app's fields, which always say why.
 */
class FieldMessagesTest {

    private static final Pattern BARE_FIELD =
            Pattern.compile("new (IntegerField|NumberField|BigDecimalField|DatePicker|DateTimePicker|TimePicker)\\(");

    @Test
    void every_number_and_date_field_in_the_app_is_one_that_explains_its_errors() throws IOException {
        List<String> bare = new ArrayList<>();
        Path base = Path.of("src/main/java/org/jcpp/liaison/base/ui");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (file.getParent().equals(base)) {
                    continue; // where the app's fields are made from Vaadin's
                }
                var matcher = BARE_FIELD.matcher(Files.readString(file));
                while (matcher.find()) {
                    bare.add(file.getFileName() + ": " + matcher.group());
                }
            }
        }
        assertThat(bare)
                .as("use WholeNumberField, DecimalField, DateField or DateTimeField from base/ui")
                .isEmpty();
    }
}
