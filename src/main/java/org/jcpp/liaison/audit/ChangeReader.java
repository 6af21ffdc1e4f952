package org.jcpp.liaison.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jcpp.liaison.base.RecordNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an audit entry's stored JSON back as field changes, asking the modules ({@link RecordNames}) for the names of
 * stored ids: {@code "cityId":[2,5]} becomes City: Crystal → Hopkins.
 */
@Component
class ChangeReader {

    private static final JsonMapper JSON = JsonMapper.shared();

    /** A value object's text as Java writes it: {@code GroupAttendance[groupId=1, headcount=40]}. */
    private static final Pattern RECORD_TEXT = Pattern.compile("^\\w+\\[(.*)]$");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("^\\d{1,18}$");

    private final ObjectProvider<RecordNames> names;

    ChangeReader(ObjectProvider<RecordNames> names) {
        this.names = names;
    }

    List<FieldChange> read(AuditAction action, String json) {
        var changes = new ArrayList<FieldChange>();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException unreadable) {
            return List.of(new FieldChange("", "", json));
        }
        if (root == null || !root.isObject()) {
            return List.of(new FieldChange("", "", json));
        }
        for (var entry : root.properties()) {
            String field = entry.getKey();
            JsonNode value = entry.getValue();
            if (action == AuditAction.UPDATE && value.isArray() && value.size() == 2) {
                changes.add(new FieldChange(field, text(field, value.get(0)), text(field, value.get(1))));
            } else if (action == AuditAction.DELETE) {
                changes.add(new FieldChange(field, text(field, value), ""));
            } else {
                changes.add(new FieldChange(field, "", text(field, value)));
            }
        }
        return changes;
    }

    private String text(String field, JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return StreamSupport.stream(value.spliterator(), false)
                    .map(item -> text(field, item))
                    .collect(Collectors.joining(", "));
        }
        String plain = value.isString() ? value.stringValue() : value.toString();
        var record = RECORD_TEXT.matcher(plain);
        if (record.matches()) {
            // the parts of a value object: ids by name, the rest as they are ("Somali community: 40")
            var parts = new ArrayList<String>();
            for (String part : record.group(1).split(", ")) {
                int equals = part.indexOf('=');
                parts.add(equals < 0 ? part : named(part.substring(0, equals), part.substring(equals + 1)));
            }
            return String.join(": ", parts);
        }
        return named(field, plain);
    }

    private String named(String field, String value) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            return value;
        }
        long id = Long.parseLong(value);
        return names.orderedStream()
                .map(lookup -> lookup.name(field, id))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(value);
    }
}
