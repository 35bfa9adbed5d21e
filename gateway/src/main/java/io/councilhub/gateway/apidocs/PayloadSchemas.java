package io.councilhub.gateway.apidocs;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * JSON Schemas of the event records, derived from their components as {@code EventJson} writes them: numbers as
 * integers, dates and times as ISO-8601 strings, enums as their names, lists as arrays, nested records as
 * named schemas of their own. Primitive components are required; the others may be null on the wire.
 */
final class PayloadSchemas {

    private final JsonMapper json;
    private final Map<String, ObjectNode> named = new LinkedHashMap<>();

    PayloadSchemas(JsonMapper json) {
        this.json = json;
    }

    /** Every named schema so far, records by their name ({@code Outer.Inner} for a nested one). */
    Map<String, ObjectNode> named() {
        return named;
    }

    /** The reference to {@code record}'s schema, declaring it (and the records it holds) on first use. */
    ObjectNode referenceTo(Class<?> record) {
        String name = nameOf(record);
        if (!named.containsKey(name)) {
            ObjectNode schema = json.createObjectNode();
            named.put(name, schema);
            schema.put("type", "object");
            schema.put("title", record.getSimpleName());
            ObjectNode properties = schema.putObject("properties");
            ArrayNode required = json.createArrayNode();
            for (RecordComponent component : record.getRecordComponents()) {
                properties.set(component.getName(), schemaOf(component.getGenericType()));
                if (component.getType().isPrimitive()) {
                    required.add(component.getName());
                }
            }
            if (!required.isEmpty()) {
                schema.set("required", required);
            }
        }
        return json.createObjectNode().put("$ref", "#/components/schemas/" + name);
    }

    static String nameOf(Class<?> record) {
        Class<?> outer = record.getEnclosingClass();
        return outer == null ? record.getSimpleName() : outer.getSimpleName() + "." + record.getSimpleName();
    }

    private ObjectNode schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = json.createObjectNode().put("type", "array");
                array.set("items", schemaOf(arguments[0]));
                return array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                ObjectNode object = json.createObjectNode().put("type", "object");
                object.set("additionalProperties", schemaOf(arguments[1]));
                return object;
            }
            return schemaOf(raw);
        }
        if (type instanceof GenericArrayType array) {
            ObjectNode node = json.createObjectNode().put("type", "array");
            node.set("items", schemaOf(array.getGenericComponentType()));
            return node;
        }
        if (!(type instanceof Class<?> clazz)) {
            return json.createObjectNode();
        }
        if (clazz.isArray()) {
            ObjectNode node = json.createObjectNode().put("type", "array");
            node.set("items", schemaOf(clazz.getComponentType()));
            return node;
        }
        if (clazz.isRecord()) {
            return referenceTo(clazz);
        }
        if (clazz.isEnum()) {
            ObjectNode node = json.createObjectNode().put("type", "string");
            ArrayNode values = node.putArray("enum");
            for (Object constant : clazz.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return node;
        }
        return scalar(clazz);
    }

    private ObjectNode scalar(Class<?> clazz) {
        ObjectNode node = json.createObjectNode();
        if (clazz == String.class || clazz == char.class || clazz == Character.class) {
            return node.put("type", "string");
        }
        if (clazz == int.class || clazz == Integer.class || clazz == short.class || clazz == Short.class
                || clazz == byte.class || clazz == Byte.class) {
            return node.put("type", "integer").put("format", "int32");
        }
        if (clazz == long.class || clazz == Long.class || clazz == BigInteger.class) {
            return node.put("type", "integer").put("format", "int64");
        }
        if (clazz == double.class || clazz == Double.class || clazz == float.class || clazz == Float.class
                || clazz == BigDecimal.class) {
            return node.put("type", "number");
        }
        if (clazz == boolean.class || clazz == Boolean.class) {
            return node.put("type", "boolean");
        }
        if (clazz == LocalDate.class) {
            return node.put("type", "string").put("format", "date");
        }
        if (clazz == OffsetDateTime.class || clazz == ZonedDateTime.class || clazz == Instant.class) {
            return node.put("type", "string").put("format", "date-time");
        }
        if (clazz == LocalDateTime.class) {
            return node.put("type", "string").put("description", "local date and time, ISO-8601");
        }
        if (clazz == LocalTime.class) {
            return node.put("type", "string").put("format", "time");
        }
        if (clazz == UUID.class) {
            return node.put("type", "string").put("format", "uuid");
        }
        return node.put("description", clazz.getSimpleName());
    }
}
