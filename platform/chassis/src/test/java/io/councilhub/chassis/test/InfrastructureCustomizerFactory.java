package io.councilhub.chassis.test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;

/** Starts the infrastructure of a test context marked {@link CouncilInfrastructure} and stops it with the context. */
class InfrastructureCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        CouncilInfrastructure annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, CouncilInfrastructure.class);
        return annotation == null ? null : new Customizer(annotation.brokerStartsLater());
    }

    private record Customizer(boolean brokerStartsLater) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            Infrastructure infrastructure = Infrastructure.start(brokerStartsLater);
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource properties = new MapPropertySource("councilInfrastructure", infrastructure.properties());
            if (sources.contains("Inlined Test Properties")) {
                sources.addAfter("Inlined Test Properties", properties);
            } else {
                sources.addFirst(properties);
            }
            context.getBeanFactory().registerSingleton("councilInfrastructure", infrastructure);
            context.addApplicationListener(event -> {
                if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                    infrastructure.close();
                }
            });
        }
    }

}
