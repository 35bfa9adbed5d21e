package io.councilhub.chassis.config;

import io.councilhub.chassis.messaging.IdempotentWrites;
import io.councilhub.chassis.web.FiscalYearConverter;
import io.councilhub.chassis.web.ProblemDetailsAdvice;
import io.councilhub.chassis.web.RequestBodyLimitFilter;
import io.councilhub.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import java.util.stream.Stream;

/** Problem details, request limits, topics and the idempotent-write helper for every service. */
@AutoConfiguration
@EnableConfigurationProperties({MessagingSettings.class, WebSettings.class})
public class ChassisConfiguration {

    /** The HTTP side: problem documents and the body limit, only where there is a servlet web server. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Web {

        /**
         * Amounts are whole yen and counts whole numbers: 8100.5 for a {@code long} is a 400 naming the field,
         * never silently truncated to 8100 (Jackson's default would accept it).
         */
        @Bean
        org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer councilhubWholeNumbersStayWhole() {
            return builder -> builder.disable(tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        }

        @Bean
        WebMvcConfigurer councilhubConverters() {
            return new WebMvcConfigurer() {
                @Override
                public void addFormatters(FormatterRegistry registry) {
                    registry.addConverter(new FiscalYearConverter());
                }
            };
        }

        @Bean
        ProblemDetailsAdvice problemDetailsAdvice() {
            return new ProblemDetailsAdvice();
        }

        @Bean
        FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebSettings settings) {
            FilterRegistrationBean<RequestBodyLimitFilter> registration =
                    new FilterRegistrationBean<>(new RequestBodyLimitFilter(settings.maxRequestBody().toBytes(),
                            settings.maxUploadBody().toBytes()));
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Bean
    IdempotentWrites idempotentWrites(MongoOperations mongo) {
        return new IdempotentWrites(mongo);
    }

    /** The council's topics, created at start when missing (creating an existing topic is a no-op). */
    @Bean
    KafkaAdmin.NewTopics councilTopics(MessagingSettings settings) {
        return new KafkaAdmin.NewTopics(Stream.of(Topics.MEMBERSHIP, Topics.FINANCE, Topics.MEETINGS,
                        Topics.SUBCOMMITTEES, Topics.NOTIFICATIONS)
                .map(topic -> TopicBuilder.name(topic).partitions(settings.partitions())
                        .replicas(settings.replication()).build())
                .toArray(NewTopic[]::new));
    }
}
