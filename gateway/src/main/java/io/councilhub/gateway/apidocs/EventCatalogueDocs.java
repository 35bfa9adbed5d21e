package io.councilhub.gateway.apidocs;

import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The event catalogue of {@code platform/contracts} as documentation, built once from {@link EventCatalogue}: an
 * AsyncAPI 3.0 document (a channel per topic, a message per wire name with its CloudEvents headers, the payload schema
 * derived from the event record and the contracts' JSON sample as its example, a send operation per producer) and the
 * same content as the model of the readable page.
 */
final class EventCatalogueDocs {

    static final String ASYNCAPI_VERSION = "3.0.0";

    private final JsonMapper json;
    private final ObjectNode asyncApi;
    private final List<Topic> topics;

    EventCatalogueDocs(JsonMapper json, String kafkaServers) {
        this.json = json;
        PayloadSchemas schemas = new PayloadSchemas(json);
        Map<String, List<Event>> byTopic = new LinkedHashMap<>();
        for (EventType<?> type : EventCatalogue.all()) {
            ObjectNode payload = schemas.referenceTo(type.recordType());
            String sample = sample(type);
            byTopic.computeIfAbsent(type.topic(), topic -> new ArrayList<>())
                    .add(new Event(type, payload, json.readTree(sample)));
        }
        this.asyncApi = document(byTopic, schemas, kafkaServers);
        this.topics = byTopic.entrySet().stream().map(entry -> new Topic(entry.getKey(),
                producer(entry.getValue().get(0).type().source()), entry.getValue().stream()
                .map(event -> new EventView(event.type().recordType().getSimpleName(), event.type().wireName(),
                        event.type().source(), fields(event.payload(), schemas.named()),
                        json.writerWithDefaultPrettyPrinter().writeValueAsString(event.example())))
                .toList())).toList();
    }

    /** The AsyncAPI 3.0 document (a fresh copy each time). */
    ObjectNode asyncApi() {
        return asyncApi.deepCopy();
    }

    /** Topics in catalogue order, each with its producer and events, for the page. */
    List<Topic> topics() {
        return topics;
    }

    /** One topic of the page: its name, the service that publishes on it, and its event types. */
    record Topic(String name, String producer, List<EventView> events) {
    }

    /** One event type of the page: its record's name, wire name, CloudEvents source, fields and sample. */
    record EventView(String name, String wireName, String source, List<Field> fields, String sample) {
    }

    /** A field of an event's payload, nested ones by path ({@code contacts[].email}), with a readable type. */
    record Field(String path, String type, boolean required) {
    }

    private record Event(EventType<?> type, ObjectNode payload, JsonNode example) {
    }

    private ObjectNode document(Map<String, List<Event>> byTopic, PayloadSchemas schemas, String kafkaServers) {
        ObjectNode document = json.createObjectNode();
        document.put("asyncapi", ASYNCAPI_VERSION);
        document.put("id", "urn:councilhub:events");
        ObjectNode info = document.putObject("info");
        info.put("title", "councilhub domain events");
        info.put("version", "1");
        info.put("description", "協議会運営プラットフォーム councilhub のドメインイベント (domain events). Every event is a Kafka "
                + "record in CloudEvents 1.0 binary mode: the payload is the JSON of the event record, the attributes are "
                + "`ce_*` headers, and the record key is `ce_subject`, the id of the aggregate, so one aggregate's events "
                + "stay in order. Each consumer reads with its own group; a record that keeps failing goes, after bounded "
                + "retries, to `<topic>.<group>.dlq`. Consumers ignore fields they do not know: fields are only ever "
                + "added within a topic version.");
        document.put("defaultContentType", "application/json");
        ObjectNode servers = document.putObject("servers");
        ObjectNode kafka = servers.putObject("kafka");
        kafka.put("host", kafkaServers);
        kafka.put("protocol", "kafka");
        kafka.put("description", "The broker the services publish to (the devstack's by default).");

        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = document.putObject("components");
        ObjectNode messages = json.createObjectNode();
        for (Map.Entry<String, List<Event>> topic : byTopic.entrySet()) {
            String producer = producer(topic.getValue().get(0).type().source());
            ObjectNode channel = channels.putObject(topic.getKey());
            channel.put("address", topic.getKey());
            channel.put("title", topic.getKey());
            channel.put("description", "Published by " + producer + "; one Kafka topic, the event type in `ce_type`.");
            ObjectNode channelMessages = channel.putObject("messages");
            ObjectNode operation = operations.putObject("publish." + topic.getKey());
            operation.put("action", "send");
            operation.put("title", producer + " publishes on " + topic.getKey());
            operation.putObject("channel").put("$ref", "#/channels/" + topic.getKey());
            ArrayNode operationMessages = operation.putArray("messages");
            for (Event event : topic.getValue()) {
                String name = event.type().recordType().getSimpleName();
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + event.type().wireName());
                operationMessages.addObject().put("$ref", "#/channels/" + topic.getKey() + "/messages/" + name);
                messages.set(event.type().wireName(), message(event, name));
            }
        }
        components.set("messages", messages);
        ObjectNode schemaComponents = components.putObject("schemas");
        schemas.named().forEach(schemaComponents::set);
        return document;
    }

    private ObjectNode message(Event event, String name) {
        EventType<?> type = event.type();
        ObjectNode message = json.createObjectNode();
        message.put("name", name);
        message.put("title", name);
        message.put("summary", type.wireName() + " on " + type.topic() + ", published by " + producer(type.source()));
        message.put("contentType", "application/json");
        message.set("headers", headers(type));
        message.set("payload", event.payload());
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", "ce_subject: the id of the aggregate");
        kafka.put("bindingVersion", "0.5.0");
        ObjectNode example = message.putArray("examples").addObject();
        example.put("name", "sample");
        example.put("summary", "the contracts' sample " + type.samplePath());
        ObjectNode exampleHeaders = example.putObject("headers");
        exampleHeaders.put("ce_specversion", "1.0");
        exampleHeaders.put("ce_id", "00000000-0000-0000-0000-000000000000");
        exampleHeaders.put("ce_source", type.source());
        exampleHeaders.put("ce_type", type.wireName());
        exampleHeaders.put("content-type", "application/json");
        example.set("payload", event.example());
        return message;
    }

    private ObjectNode headers(EventType<?> type) {
        ObjectNode headers = json.createObjectNode().put("type", "object");
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("ce_specversion").put("type", "string").put("const", "1.0");
        properties.putObject("ce_id").put("type", "string").put("description", "unique per event; consumers deduplicate by it");
        properties.putObject("ce_source").put("type", "string").put("const", type.source());
        properties.putObject("ce_type").put("type", "string").put("const", type.wireName());
        properties.putObject("ce_time").put("type", "string").put("format", "date-time");
        properties.putObject("ce_subject").put("type", "string").put("description", "the aggregate's id, also the record key");
        properties.putObject("content-type").put("type", "string").put("const", "application/json");
        properties.putObject("traceparent").put("type", "string").put("description", "W3C trace context, when traced");
        ArrayNode required = headers.putArray("required");
        required.add("ce_specversion").add("ce_id").add("ce_source").add("ce_type").add("content-type");
        return headers;
    }

    private static List<Field> fields(ObjectNode reference, Map<String, ObjectNode> named) {
        List<Field> fields = new ArrayList<>();
        collect("", resolve(reference, named), named, fields);
        return fields;
    }

    private static void collect(String prefix, JsonNode schema, Map<String, ObjectNode> named, List<Field> fields) {
        JsonNode required = schema.path("required");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String path = prefix + property.getKey();
            JsonNode value = property.getValue();
            boolean isRequired = false;
            for (JsonNode name : required) {
                isRequired |= name.asString().equals(property.getKey());
            }
            fields.add(new Field(path, describe(value), isRequired));
            if (value.has("$ref")) {
                collect(path + ".", resolve(value, named), named, fields);
            } else if (value.path("items").has("$ref")) {
                collect(path + "[].", resolve(value.get("items"), named), named, fields);
            }
        }
    }

    private static JsonNode resolve(JsonNode reference, Map<String, ObjectNode> named) {
        String ref = reference.path("$ref").asString("");
        return ref.isEmpty() ? reference : named.get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String describe(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return "object (" + ref.substring(ref.lastIndexOf('/') + 1) + ")";
        }
        String type = schema.path("type").asString("any");
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(value -> values.add(value.asString()));
            return "enum: " + String.join(" | ", values);
        }
        if ("array".equals(type)) {
            return "array of " + describe(schema.path("items"));
        }
        return schema.has("format") ? type + " (" + schema.get("format").asString() + ")" : type;
    }

    /** {@code /councilhub/membership} is published by membership-service. */
    static String producer(String source) {
        return source.substring(source.lastIndexOf('/') + 1) + "-service";
    }

    private static String sample(EventType<?> type) {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(type.samplePath())) {
            if (in == null) {
                throw new IllegalStateException("no sample " + type.samplePath() + " in the contracts");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
