package io.councilhub.events;

import io.councilhub.chassis.test.TopicProbe;
import io.councilhub.contracts.EventCatalogue;
import io.councilhub.contracts.EventJson;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;


/** What events-service published, read back from the topic as another service would, and the contract samples. */
public final class Published {

    private Published() {
    }

    /** The records of {@code type} keyed by {@code key}, once there are at least {@code count} (waits up to 30 s). */
    public static List<ConsumerRecord<String, byte[]>> await(TopicProbe probe, String type, String key, int count) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> probe.records(type).stream().filter(r -> key.equals(r.key())).toList(),
                records -> records.size() >= count);
    }

    public static ConsumerRecord<String, byte[]> one(TopicProbe probe, String type, String key) {
        return await(probe, type, key, 1).get(0);
    }

    public static JsonNode json(ConsumerRecord<String, byte[]> record) {
        return EventJson.mapper().readTree(record.value());
    }

    public static JsonNode sample(String path) {
        try (InputStream in = EventCatalogue.class.getResourceAsStream(path)) {
            return EventJson.mapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    /**
     * Reads the topic a little longer and returns how many distinct events ({@code ce_id}) of {@code type} for
     * {@code key} there are then. Delivery is at least once: a record may be repeated with the same id, which every
     * consumer drops, so a repeat is the same event.
     */
    public static long settledCount(TopicProbe probe, String type, String key) {
        long[] last = {-1};
        int[] stable = {0};
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).until(() -> {
            long now = probe.records(type).stream().filter(r -> key.equals(r.key()))
                    .map(r -> TopicProbe.header(r, "ce_id")).distinct().count();
            stable[0] = now == last[0] ? stable[0] + 1 : 0;
            last[0] = now;
            return stable[0] >= 3;
        });
        return last[0];
    }
}
