package org.jcpp.liaison.datapractices;

import java.lang.reflect.Field;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jcpp.liaison.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@link Classified} marks of an entity: the one place that decides what the audit trail copies and what
 * may leave the app.
 */
public final class Classification {

    private Classification() {}

    /** Every classified field of the type (superclasses included) with its class, in declaration order. */
    public static Map<String, DataClass> of(Class<?> type) {
        var classes = new LinkedHashMap<String, DataClass>();
        for (Field field : fields(type)) {
            classes.put(field.getName(), field.getAnnotation(Classified.class).value());
        }
        return classes;
    }

    /**
     * A record's values for the audit trail: public and private fields as values, free text as a fingerprint,
     * confidential ones only as whether they are set (so the append-only trail never holds a copy of a resident's
     * details, nor of words that might name one).
     */
    public static Map<String, Object> snapshot(Object entity) {
        var values = new LinkedHashMap<String, Object>();
        for (Field field : fields(entity.getClass())) {
            Object value;
            try {
                field.setAccessible(true);
                value = field.get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            Classified mark = field.getAnnotation(Classified.class);
            if (mark.value() == DataClass.CONFIDENTIAL) {
                values.put(field.getName(), value != null && !"".equals(value));
            } else if (mark.freeText()) {
                values.put(field.getName(), fingerprint(value));
            } else {
                values.put(field.getName(), plain(value));
            }
        }
        return values;
    }

    /** Tells two texts apart without keeping them: their length and the start of a SHA-256 digest. */
    static String fingerprint(Object value) {
        if (value == null || value.toString().isEmpty()) {
            return "";
        }
        try {
            var digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "text of " + value.toString().length() + " characters #"
                    + java.util.HexFormat.of().formatHex(digest).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Object plain(@Nullable Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof AbstractEntity related) {
            return related.getId();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Object[] array) {
            return sorted(Arrays.asList(array));
        }
        if (value instanceof Collection<?> collection) {
            return sorted(collection);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return value.toString();
    }

    private static List<String> sorted(Collection<?> values) {
        return List.copyOf(new TreeSet<>(values.stream().map(String::valueOf).toList()));
    }

    private static List<Field> fields(Class<?> type) {
        var hierarchy = new ArrayList<Class<?>>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.getName().contains("$HibernateProxy")) {
                continue;
            }
            hierarchy.addFirst(c);
        }
        var fields = new ArrayList<Field>();
        for (Class<?> c : hierarchy) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(Classified.class)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}
