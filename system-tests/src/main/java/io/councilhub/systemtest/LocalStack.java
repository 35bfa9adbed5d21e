package io.councilhub.systemtest;

import io.councilhub.chassis.outbox.TestEvents;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.contracts.DomainEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The stack a story runs against. Either one that already runs ({@code -Dcouncilhub.stack.url=http://localhost:8080}
 * with {@code -Dcouncilhub.stack.token=$(./run token)}), or one it starts: a real Kafka broker and
 * Mongo-protocol server, and the services' runnable jars as separate processes, wired by environment
 * as the devstack wires them, all reached through the gateway.
 */
public final class LocalStack implements AutoCloseable {

    /** The password of the gateway's first administrator, {@code admin}, in a stack started here. */
    public static final String ADMIN_PASSWORD = "local-stack-admin-password";

    private static final List<String> SERVICES = List.of("membership-service", "finance-service", "events-service",
            "subcommittee-service", "notification-service", "gateway");

    private final Infrastructure infrastructure;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final String gatewayUrl;
    private final String token;

    private LocalStack(String gatewayUrl, String token, Infrastructure infrastructure) {
        this.gatewayUrl = gatewayUrl;
        this.token = token;
        this.infrastructure = infrastructure;
    }

    /** The running stack named by system properties, or a new one. */
    public static LocalStack startOrConnect() {
        String url = System.getProperty("councilhub.stack.url");
        if (url != null && !url.isBlank()) {
            return new LocalStack(url, System.getProperty("councilhub.stack.token"), null);
        }
        return start();
    }

    public static LocalStack start() {
        Infrastructure infrastructure = Infrastructure.startStandalone();
        LocalStack stack = null;
        try {
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String service : SERVICES) {
                ports.put(service, Infrastructure.freePort());
            }
            stack = new LocalStack("http://localhost:" + ports.get("gateway"), TestTokens.secretariat(), infrastructure);
            stack.ports.putAll(ports);
            for (String service : SERVICES) {
                stack.launch(service);
            }
            // a loaded machine (several stacks at once) may need longer: -Dcouncilhub.stack.start-seconds=400
            stack.awaitHealthy(Duration.ofSeconds(Long.getLong("councilhub.stack.start-seconds", 180)));
            return stack;
        } catch (RuntimeException failed) {
            if (stack != null) {
                stack.close();
            } else {
                infrastructure.close();
            }
            throw failed;
        }
    }

    /** A client of the gateway carrying a SECRETARIAT token. */
    public ApiClient secretariat() {
        return ApiClient.at(gatewayUrl).as(token);
    }

    /** A client of the gateway without a token. */
    public ApiClient anonymous() {
        return ApiClient.at(gatewayUrl);
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    /** The broker the stack uses, or null for a stack it did not start. */
    public String bootstrapServers() {
        return infrastructure == null ? null : infrastructure.bootstrapServers();
    }

    /**
     * Publishes an event as the context that owns it would, with its CloudEvents headers: how a story
     * plays a service that is not built yet (events-service's ProposalApproved, for one). A running
     * stack's broker is {@code -Dcouncilhub.stack.kafka} (default {@code localhost:9092}).
     */
    public void publish(DomainEvent event, String eventId) {
        if (infrastructure != null) {
            infrastructure.publish(event, eventId);
            return;
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("councilhub.stack.kafka", "localhost:9092"),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(TestEvents.record(event, eventId)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + event.getClass().getSimpleName(), e);
        }
    }

    /** The SMTP server the started stack's services send to (read what they sent), or null for a stack it did not start. */
    public com.icegreen.greenmail.util.GreenMail mail() {
        return infrastructure == null ? null : infrastructure.mail();
    }

    /** Waits until consumer group {@code group} has handled everything on {@code topic} (only for a stack started here). */
    public void awaitConsumed(String group, String topic) {
        if (infrastructure != null) {
            infrastructure.awaitConsumed(group, topic);
        }
    }

    /** A client of one service directly, bypassing the gateway (only for a stack started here). */
    public ApiClient direct(String service) {
        return ApiClient.at(ports.get(service)).as(token);
    }

    private void launch(String service) {
        Path root = Path.of(System.getProperty("councilhub.stack.root", ".."));
        String version = System.getProperty("councilhub.stack.version", "0.1.0-SNAPSHOT");
        Path jar = root.resolve(service).resolve("target").resolve(service + "-" + version + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar.toAbsolutePath() + ": build with ./mvnw package first");
        }
        Path logs = Path.of("target", "stack-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String database = service.replace("-service", "");
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions(service).stream().map(option -> option.replace("{service}", service)).toList());
        command.addAll(List.of("-Djava.io.tmpdir=" + Path.of("target", "tmp").toAbsolutePath(), "-jar",
                jar.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(service + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(ports.get(service)));
        env.put("MONGODB_URI", infrastructure.mongoUri().replaceFirst("/[^/?]+$", "/" + database));
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", TestTokens.publicKeyLocation());
        env.put("JWT_ISSUER", TestTokens.ISSUER);
        env.put("MEMBERSHIP_URL", "http://localhost:" + ports.get("membership-service"));
        env.put("FINANCE_URL", "http://localhost:" + ports.get("finance-service"));
        env.put("EVENTS_URL", "http://localhost:" + ports.get("events-service"));
        env.put("SUBCOMMITTEE_URL", "http://localhost:" + ports.get("subcommittee-service"));
        env.put("NOTIFICATION_URL", "http://localhost:" + ports.get("notification-service"));
        if (service.equals("gateway")) {
            // The gateway signs with the test key pair: it takes TestTokens as its own tokens, and the services,
            // which trust the test public key, accept what it relays.
            env.put("JWT_PRIVATE_KEY_LOCATION", TestTokens.privateKeyLocation());
            env.put("JWT_KEY_ID", TestTokens.KEY_ID);
            env.put("COUNCILHUB_ADMIN_PASSWORD", ADMIN_PASSWORD);
        }
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(infrastructure.mail().getSmtp().getPort()));
        try {
            processes.add(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service, e);
        }
    }

    /**
     * A service's JVM options beyond heap and collector: {@code -Dcouncilhub.stack.jvmOptions.<service>="..."}, else
     * {@code -Dcouncilhub.stack.jvmOptions="..."}, else C1 only ({@code -XX:TieredStopAtLevel=1}), which starts six
     * JVMs fastest on few cores. A benchmark that measures warmed-up throughput passes its own (an empty value gives
     * the JVM's default, full tiered compilation). {@code {service}} in an option is replaced by the service's name,
     * e.g. for a flight recording each: {@code -XX:StartFlightRecording=filename=target/{service}.jfr}.
     */
    static List<String> jvmOptions(String service) {
        String options = System.getProperty("councilhub.stack.jvmOptions." + service,
                System.getProperty("councilhub.stack.jvmOptions", "-XX:TieredStopAtLevel=1")).strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    private void awaitHealthy(Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            ApiClient probe = ApiClient.at(service.getValue());
            while (true) {
                if (processes.stream().anyMatch(process -> !process.isAlive())) {
                    throw new IllegalStateException("a service exited while starting; see target/stack-logs");
                }
                try {
                    if (probe.get("/actuator/health/readiness").status() == 200) {
                        break;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(service.getKey() + " not healthy within " + limit + "; see target/stack-logs");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Override
    public void close() {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (infrastructure != null) {
            infrastructure.close();
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
