package io.councilhub.chassis.deadletter;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;

import java.time.Clock;

/**
 * The dead-letter API in every service with a web server: the topics come from the service's bindings
 * ({@code enable-dlq}, {@code dlq-name}); {@code councilhub.dead-letters.enabled=false} turns it off.
 */
@AutoConfiguration(after = {KafkaAutoConfiguration.class, DataMongoAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "councilhub.dead-letters.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(DeadLetterSettings.class)
public class DeadLetterConfiguration {

    @Bean(destroyMethod = "close")
    DeadLetterRecords deadLetterRecords(KafkaProperties kafka, DeadLetterSettings settings) {
        return new DeadLetterRecords(kafka.buildConsumerProperties(), kafka.buildProducerProperties(),
                settings.readTimeout());
    }

    @Bean
    DeadLetters deadLetters(Environment environment, DeadLetterRecords records, MongoOperations mongo,
                            DeadLetterSettings settings) {
        return new DeadLetters(environment.getProperty("spring.application.name", "service"),
                DeadLetterTopics.of(environment), records, mongo, settings, Clock.systemUTC());
    }

    @Bean
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}
