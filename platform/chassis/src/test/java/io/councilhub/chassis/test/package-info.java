/**
 * Test support for every service, published in the chassis test-jar: {@link io.councilhub.chassis.test.CouncilInfrastructure}
 * gives a {@code @SpringBootTest} a real Kafka broker, a Mongo-protocol server and an SMTP server;
 * {@link io.councilhub.chassis.test.TestTokens} mints the JWTs the services accept.
 */
package io.councilhub.chassis.test;
