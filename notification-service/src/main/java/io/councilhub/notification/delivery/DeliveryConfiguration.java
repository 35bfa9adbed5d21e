package io.councilhub.notification.delivery;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliverySettings.class)
@EnableScheduling
class DeliveryConfiguration {

    /** Every poll interval: start due issues, resume those left sending. */
    @Component
    @ConditionalOnProperty(name = "councilhub.delivery.scheduler", havingValue = "true", matchIfMissing = true)
    static class DeliveryScheduler {

        private final Deliveries deliveries;

        DeliveryScheduler(Deliveries deliveries) {
            this.deliveries = deliveries;
        }

        @Scheduled(fixedDelayString = "${councilhub.delivery.poll-interval:PT10S}",
                initialDelayString = "${councilhub.delivery.poll-interval:PT10S}")
        void poll() {
            deliveries.poll();
        }
    }
}
