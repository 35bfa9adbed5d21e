package io.councilhub.chassis.outbox;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Assembles the relay for the auto-configuration, keeping the outbox's internals package-private. */
public final class OutboxRelayFactory {

    private OutboxRelayFactory() {
    }

    public static OutboxStore store(MongoOperations mongo) {
        return new MongoOutboxStore(mongo);
    }

    public static OutboxRelay relay(OutboxStore store, Map<String, Object> kafkaProperties, OutboxSettings settings,
                                    MongoMappingContext mapping) {
        Map<String, Object> producer = new HashMap<>(kafkaProperties);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) settings.sendTimeout().toMillis());
        producer.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.sendTimeout().toMillis());
        producer.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.sendTimeout().toMillis() * 2);
        producer.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(producer);
        return new OutboxRelay(store, new KafkaTemplate<>(factory), settings, outboxCollections(mapping)) {
            @Override
            public void stop() {
                super.stop();
                factory.destroy();
            }
        };
    }

    public static AbstractMongoEventListener<?> publishAfterSave(OutboxRelay relay) {
        return new PublishAfterSave(relay);
    }

    private static Set<String> outboxCollections(MongoMappingContext mapping) {
        Set<String> collections = new TreeSet<>();
        for (MongoPersistentEntity<?> entity : mapping.getPersistentEntities()) {
            if (OutboxAggregate.class.isAssignableFrom(entity.getType())) {
                collections.add(entity.getCollection());
            }
        }
        return collections;
    }
}
