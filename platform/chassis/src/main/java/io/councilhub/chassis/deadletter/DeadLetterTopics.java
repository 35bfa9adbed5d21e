package io.councilhub.chassis.deadletter;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dead-letter topics of this service: one per consumer binding that has {@code enable-dlq}, named by its
 * {@code dlq-name} (councilhub's {@code <topic>.<group>.dlq}) or, without one, the binder's default
 * {@code error.<destination>.<group>}. Read from configuration, never from a request.
 */
record DeadLetterTopics(Set<String> names) {

    DeadLetterTopics {
        names = Set.copyOf(new TreeSet<>(names));
    }

    static DeadLetterTopics of(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, KafkaBinding> kafka = binder.bind("spring.cloud.stream.kafka.bindings",
                Bindable.mapOf(String.class, KafkaBinding.class)).orElse(Map.of());
        Map<String, StreamBinding> stream = binder.bind("spring.cloud.stream.bindings",
                Bindable.mapOf(String.class, StreamBinding.class)).orElse(Map.of());
        Set<String> names = new TreeSet<>();
        kafka.forEach((binding, settings) -> {
            if (settings.consumer() == null || !settings.consumer().enableDlq()) {
                return;
            }
            String named = settings.consumer().dlqName();
            if (named != null && !named.isBlank()) {
                names.add(named);
            } else {
                StreamBinding declared = stream.get(binding);
                if (declared != null && declared.destination() != null && declared.group() != null) {
                    names.add("error." + declared.destination() + "." + declared.group());
                }
            }
        });
        return new DeadLetterTopics(names);
    }

    /** Whether {@code topic} is one of ours (a request may only name these). */
    boolean contains(String topic) {
        return topic != null && names.contains(topic);
    }

    record KafkaBinding(KafkaConsumer consumer) {
    }

    record KafkaConsumer(boolean enableDlq, String dlqName) {
    }

    record StreamBinding(String destination, String group) {
    }
}
