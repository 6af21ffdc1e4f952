package org.jcpp.liaison.base;

import jakarta.persistence.Embeddable;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Entity listener that puts every text of an entity through {@link Text} before it is inserted or updated: each
 * {@code String} field, {@code String[]} and collection of strings, and the text of embedded values. Fields marked
 * {@link MultiLine} keep their line breaks, fields marked {@link Verbatim} (hashes) are left alone. Every entity
 * declares it (through {@link AbstractEntity} or {@code @EntityListeners}); a test checks that none is missed. Services
 * already receive normalised records ({@link TextInput}); this covers every other path (demo data, imports, a setter
 * called by code).
 */
public class TextNormaliser {

    private static final ClassValue<List<Field>> TEXT_FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            var fields = new ArrayList<Field>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())
                            || Modifier.isTransient(field.getModifiers())
                            || field.isAnnotationPresent(Transient.class)
                            || field.isAnnotationPresent(Verbatim.class)) {
                        continue;
                    }
                    Class<?> fieldType = field.getType();
                    if (fieldType == String.class
                            || fieldType == String[].class
                            || (Collection.class.isAssignableFrom(fieldType) && holdsText(field))
                            || isEmbeddedText(fieldType)) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    /**
     * A collection of strings or of embedded values; never an association (its entities have their own listener, and
     * looking into it would load it).
     */
    private static boolean holdsText(Field field) {
        if (field.getGenericType() instanceof ParameterizedType type
                && type.getActualTypeArguments().length == 1
                && type.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element == String.class || isEmbeddedText(element);
        }
        return false;
    }

    /** An embeddable with text of its own (one without any is not looked into, so its collection is not loaded). */
    private static boolean isEmbeddedText(Class<?> type) {
        return type.isAnnotationPresent(Embeddable.class)
                && !TEXT_FIELDS.get(type).isEmpty();
    }

    @PrePersist
    @PreUpdate
    public void normalise(Object entity) {
        normaliseFields(entity);
    }

    private static void normaliseFields(Object target) {
        for (Field field : TEXT_FIELDS.get(target.getClass())) {
            boolean multiLine = field.isAnnotationPresent(MultiLine.class);
            try {
                Object value = field.get(target);
                if (value instanceof String text) {
                    String clean = multiLine ? Text.multiLine(text) : Text.singleLine(text);
                    if (!text.equals(clean)) {
                        field.set(target, clean);
                    }
                } else if (value instanceof String[] texts) {
                    for (int i = 0; i < texts.length; i++) {
                        texts[i] = multiLine ? Text.multiLine(texts[i]) : Text.singleLine(texts[i]);
                    }
                } else if (value instanceof Collection<?> collection) {
                    normaliseCollection(collection, multiLine);
                } else if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
                    normaliseFields(value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot normalise " + field, e);
            }
        }
    }

    /** Strings of a collection are replaced only when one changes, so an unchanged collection stays untouched. */
    @SuppressWarnings("unchecked")
    private static void normaliseCollection(Collection<?> collection, boolean multiLine) {
        var cleaned = new ArrayList<Object>(collection.size());
        boolean changed = false;
        for (Object element : collection) {
            if (element instanceof String text) {
                String clean = multiLine ? Text.multiLine(text) : Text.singleLine(text);
                changed |= !text.equals(clean);
                cleaned.add(clean);
            } else {
                if (element != null && element.getClass().isAnnotationPresent(Embeddable.class)) {
                    normaliseFields(element);
                }
                cleaned.add(element);
            }
        }
        if (changed) {
            var strings = (Collection<Object>) collection;
            strings.clear();
            strings.addAll(cleaned);
        }
    }
}
