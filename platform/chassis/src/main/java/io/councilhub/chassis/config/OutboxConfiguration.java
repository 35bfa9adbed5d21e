package io.councilhub.chassis.config;

import io.councilhub.chassis.outbox.OutboxRelayFactory;
import io.councilhub.chassis.outbox.OutboxRelay;
import io.councilhub.chassis.outbox.OutboxSettings;
import io.councilhub.chassis.outbox.OutboxStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;

/** The outbox relay of every service that has aggregates extending {@code OutboxAggregate}. */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@EnableConfigurationProperties(OutboxSettings.class)
public class OutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxStore outboxStore(MongoOperations mongo) {
        return OutboxRelayFactory.store(mongo);
    }

    @Bean
    OutboxRelay outboxRelay(OutboxStore store, KafkaProperties kafka, OutboxSettings settings,
                            MongoMappingContext mapping) {
        return OutboxRelayFactory.relay(store, kafka.buildProducerProperties(), settings, mapping);
    }

    @Bean
    AbstractMongoEventListener<?> publishAfterSave(OutboxRelay relay) {
        return OutboxRelayFactory.publishAfterSave(relay);
    }
}
