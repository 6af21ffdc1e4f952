package org.jcpp.liaison.base.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form field's value as JSON and back, with its type named, for the values the app's fields hold: text, numbers,
 * yes/no, dates and times, the app's own enums and records (a person's reference, say), and sets or lists of them.
 * Anything else cannot be kept ({@link IllegalArgumentException}); only the app's own classes are ever created back.
 */
final class FieldValues {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String OWN_CLASSES = "org.jcpp.liaison.";

    private FieldValues() {}

    static JsonNode encode(@Nullable Object value) {
        ObjectNode node = NODES.objectNode();
        switch (value) {
            case null -> node.put("t", "null");
            case String s -> node.put("t", "string").put("v", s);
            case Boolean b -> node.put("t", "boolean").put("v", b);
            case Integer i -> node.put("t", "int").put("v", i);
            case Long l -> node.put("t", "long").put("v", l);
            case Double d -> node.put("t", "double").put("v", d);
            case BigDecimal d -> node.put("t", "decimal").put("v", d.toPlainString());
            case LocalDate d -> node.put("t", "date").put("v", d.toString());
            case LocalTime t -> node.put("t", "time").put("v", t.toString());
            case LocalDateTime t -> node.put("t", "datetime").put("v", t.toString());
            case Enum<?> e ->
                node.put("t", "enum").put("c", own(e.getDeclaringClass())).put("v", e.name());
            case Collection<?> c -> {
                node.put("t", c instanceof List<?> ? "list" : "set");
                ArrayNode items = node.putArray("v");
                c.forEach(item -> items.add(encode(item)));
            }
            case Record r -> node.put("t", "record").put("c", own(r.getClass())).set("v", JSON.valueToTree(r));
            default -> throw new IllegalArgumentException("A " + value.getClass() + " cannot be kept in a draft");
        }
        return node;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static @Nullable Object decode(JsonNode node) {
        JsonNode v = node.get("v");
        return switch (node.get("t").asString()) {
            case "null" -> null;
            case "string" -> v.asString();
            case "boolean" -> v.asBoolean();
            case "int" -> v.asInt();
            case "long" -> v.asLong();
            case "double" -> v.asDouble();
            case "decimal" -> new BigDecimal(v.asString());
            case "date" -> LocalDate.parse(v.asString());
            case "time" -> LocalTime.parse(v.asString());
            case "datetime" -> LocalDateTime.parse(v.asString());
            case "enum" -> Enum.valueOf((Class) ownClass(node.get("c").asString()), v.asString());
            case "set" -> {
                Set<Object> items = new LinkedHashSet<>();
                v.forEach(item -> items.add(decode(item)));
                yield items;
            }
            case "list" -> {
                List<Object> items = new ArrayList<>();
                v.forEach(item -> items.add(decode(item)));
                yield items;
            }
            case "record" -> JSON.treeToValue(v, ownClass(node.get("c").asString()));
            default -> throw new IllegalArgumentException("Unknown kind of value " + node.get("t"));
        };
    }

    private static String own(Class<?> type) {
        if (!type.getName().startsWith(OWN_CLASSES)) {
            throw new IllegalArgumentException(type + " is not the app's own");
        }
        return type.getName();
    }

    private static Class<?> ownClass(String name) {
        if (!name.startsWith(OWN_CLASSES)) {
            throw new IllegalArgumentException(name + " is not the app's own");
        }
        try {
            Class<?> type = Class.forName(name, false, FieldValues.class.getClassLoader());
            if (!type.isEnum() && !type.isRecord()) {
                throw new IllegalArgumentException(name + " is neither an enum nor a record");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(name + " no longer exists", e);
        }
    }
}
