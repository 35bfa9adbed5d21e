package io.councilhub.gateway;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

/**
 * Gives every Spring test context of the gateway its own in-memory Mongo-protocol store (the gateway keeps its
 * users and login audit there), stopped with the context. A test that sets {@code spring.mongodb.uri} itself wins.
 */
class EmbeddedStoreCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new EmbeddedStore();
    }

    private record EmbeddedStore() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            MongoServer server = new MongoServer(new MemoryBackend());
            InetSocketAddress address = server.bind();
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource store = new MapPropertySource("embeddedGatewayStore", Map.of(
                    "spring.mongodb.uri", "mongodb://127.0.0.1:" + address.getPort() + "/gateway"));
            if (sources.contains("Inlined Test Properties")) {
                sources.addAfter("Inlined Test Properties", store);
            } else {
                sources.addFirst(store);
            }
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    server.shutdownNow();
                }
            });
        }
    }
}
