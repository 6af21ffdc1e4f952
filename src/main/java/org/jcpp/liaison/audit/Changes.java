package org.jcpp.liaison.audit;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The fields a change touched, with their old and new values; unchanged fields are left out. */
public final class Changes {

    private final Map<String, List<Object>> fields = new LinkedHashMap<>();

    public static Changes of() {
        return new Changes();
    }

    /** Records the field when the value changed. Collections are compared and written sorted. */
    public Changes field(String name, @Nullable Object before, @Nullable Object after) {
        Object oldValue = normal(before);
        Object newValue = normal(after);
        if (!Objects.equals(oldValue, newValue)) {
            fields.put(name, Arrays.asList(oldValue, newValue));
        }
        return this;
    }

    /** The fields whose values differ between two snapshots of a record. */
    public static Changes between(Map<String, ?> before, Map<String, ?> after) {
        var changes = new Changes();
        after.forEach((name, value) -> changes.field(name, before.get(name), value));
        return changes;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    Map<String, List<Object>> asMap() {
        return fields;
    }

    private static @Nullable Object normal(@Nullable Object value) {
        if (value instanceof Collection<?> collection) {
            return List.copyOf(
                    new TreeSet<>(collection.stream().map(String::valueOf).toList()));
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value == null ? null : value instanceof Number || value instanceof Boolean ? value : value.toString();
    }
}
