package io.councilhub.chassis.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@code @SpringBootTest} its own real infrastructure: a Kafka broker, a Mongo-protocol
 * server with a fresh database, a GreenMail SMTP server, and the public key of {@link TestTokens}.
 * With a Docker engine reachable they are Testcontainers ({@code apache/kafka}, {@code mongo});
 * otherwise an in-JVM KRaft broker and mongo-java-server (memory backend). The log says which ran;
 * {@code -Dcouncilhub.test.infrastructure=embedded|containers} forces one. Inject
 * {@link Infrastructure} to read topics or mail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface CouncilInfrastructure {

    /**
     * Start the context against a broker address where nothing listens yet; the test starts the
     * broker with {@link Infrastructure#startBroker()} (always the in-JVM broker).
     */
    boolean brokerStartsLater() default false;
}
