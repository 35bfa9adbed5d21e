package io.councilhub.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.Infrastructure;
import io.councilhub.chassis.test.TestTokens;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * One newsletter issue to 100,000 subscribers into a local SMTP sink ({@link SmtpSink}: accepts and discards), through
 * the real path: notification-service as its own JVM (its runnable jar), its delivery records in the store, its
 * worker pool with a connection each, the rate limiter, circuit breaker and retry of its mail transport, the
 * per-recipient unsubscribe token and headers, the HTML/text alternative and the issue's PDF attached. Then, in
 * the same run against the same sink, the baseline: a plain JavaMail loop in this JVM sending the same shape of
 * message (alternative bodies of the same size, the same PDF) over one reused connection.
 * <p>
 * Prints messages per second (the sink's accept rate, and end to end from the issue becoming due to SENT), p99
 * time per message (inside the service: from a worker taking the record to its SENT write), peak RSS of the
 * service (VmHWM), and the ratio to the baseline. Targets: 2,000 messages/s and 50 % of the baseline.
 *
 * <pre>bench/run newsletter [-Dbench.newsletter.subscribers=100000 -Dbench.newsletter.workers=8 ...]</pre>
 */
public final class NewsletterBenchmark {

    static final int SUBSCRIBERS = Integer.getInteger("bench.newsletter.subscribers", 100_000);
    static final int BASELINE = Integer.getInteger("bench.newsletter.baseline", 20_000);
    static final int WORKERS = Integer.getInteger("bench.newsletter.workers", 8);
    static final int BATCH = Integer.getInteger("bench.newsletter.batch", 500);
    static final int RATE = Integer.getInteger("bench.newsletter.rate", 50_000);
    static final int SENT_WRITES = Integer.getInteger("bench.newsletter.sentWrites", 100);
    static final String SERVICE_HEAP = System.getProperty("bench.newsletter.heap", "512m");
    static final double TARGET_RATE = 2000;
    static final double TARGET_RATIO = 0.5;

    private NewsletterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("newsletter benchmark: " + SUBSCRIBERS + " subscribers, " + WORKERS + " workers, batches of " + BATCH
                + ", rate limit " + RATE + "/s, SENT written " + SENT_WRITES + " at a time, service heap " + SERVICE_HEAP);
        System.out.println(MachineInfo.current());
        double otherBusy = CpuAccount.busyCores(Duration.ofSeconds(2));
        System.out.printf("machine busy before start: %.2f cores%n", otherBusy);
        int status = 0;
        try (Infrastructure infrastructure = Infrastructure.startStandalone(); SmtpSink sink = new SmtpSink()) {
            String mongoUri = infrastructure.mongoUri().replaceFirst("/[^/?]+$", "/notification");
            long seeded = seed(mongoUri, SUBSCRIBERS);
            System.out.println("seeded " + seeded + " ACTIVE subscribers of the newsletter list (directly into the store)");
            int port = Infrastructure.freePort();
            Process service = launch(infrastructure, mongoUri, port, sink.port());
            try {
                status = run(ApiClient.at(port), port, service, sink);
            } finally {
                service.destroy();
                if (!service.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    service.destroyForcibly();
                }
            }
        }
        System.exit(status);
    }

    private static int run(ApiClient service, int port, Process process, SmtpSink sink) throws Exception {
        awaitHealthy(service, process);
        ApiClient secretariat = service.as(TestTokens.secretariat());
        ApiClient reviewer = service.as(TestTokens.member("m-bench-reviewer"));
        check(secretariat.post("/api/newsletters", """
                {"id": "bench", "title": "メルマガ「めざせIT力アップ!」", "subcommitteeId": "sc-dx-literacy",
                 "reviewers": ["m-bench-reviewer"], "approvalsRequired": 1}"""), 201);
        check(secretariat.post("/api/newsletters/bench/issues", issueJson()), 201);
        check(secretariat.post("/api/newsletters/bench/issues/1/submit", "{}"), 200);
        check(reviewer.post("/api/newsletters/bench/issues/1/approve", "{}"), 200);
        byte[] pdf = secretariat.getBytes("/api/newsletters/bench/issues/1/preview.pdf").body();

        sink.reset();
        long started = System.nanoTime();
        check(secretariat.post("/api/newsletters/bench/issues/1/schedule",
                "{\"at\": \"" + OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1) + "\"}"), 200);
        // Polls the issue (one read by id), not the statistics: those count records, and on the in-memory store a
        // count is a scan of every record that holds up the service's writes meanwhile.
        while (true) {
            if ("SENT".equals(secretariat.get("/api/newsletters/bench/issues/1").json().get("status").asString())) {
                break;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("notification-service exited; see bench/target/stack-logs/notification-service-bench.log");
            }
            if (System.nanoTime() - started > Duration.ofMinutes(15).toNanos()) {
                throw new IllegalStateException("not sent within 15 minutes");
            }
            Thread.sleep(200);
        }
        JsonNode stats = secretariat.get("/api/newsletters/bench/issues/1/delivery").json();
        double endToEndSeconds = (System.nanoTime() - started) / 1e9;
        long accepted = sink.messages();
        double sinkRate = sink.acceptRate();
        double averageBytes = accepted == 0 ? 0 : sink.bytes() / (double) accepted;
        long peakRssKb = peakRssKb(process.pid());
        String page = ApiClient.at(port).get("/api/public/newsletters/bench/issues/1").body();

        sink.reset();
        Baseline naive = baseline(sink.port(), page, pdf, Math.max(500, BASELINE / 20), false);
        sink.reset();
        Baseline baseline = baseline(sink.port(), page, pdf, BASELINE, true);

        double ratio = sinkRate / baseline.perSecond();
        boolean rateOk = sinkRate >= TARGET_RATE;
        boolean ratioOk = ratio >= TARGET_RATIO;
        System.out.println();
        System.out.println("== one issue to " + SUBSCRIBERS + " subscribers ==");
        System.out.printf("recipients %d, sent %d, failed %d, suppressed %d; the sink accepted %d messages (%.1f KiB each)%n",
                stats.get("recipients").asLong(), stats.get("sent").asLong(), stats.get("failed").asLong(),
                stats.get("suppressed").asLong(), accepted, averageBytes / 1024);
        System.out.printf("messages/s at the sink (first to last accept): %.0f%n", sinkRate);
        System.out.printf("messages/s end to end (due to SENT, preparing %d records included): %.0f in %.1f s%n",
                SUBSCRIBERS, SUBSCRIBERS / endToEndSeconds, endToEndSeconds);
        System.out.printf("time per message inside the service (worker takes it → SENT written): p50 %.2f ms, p99 %.2f ms%n",
                stats.get("sendTimeP50Ms").asDouble(), stats.get("sendTimeP99Ms").asDouble());
        System.out.printf("peak RSS of notification-service (VmHWM): %d MiB%n", peakRssKb / 1024);
        System.out.println();
        System.out.println("== baseline: plain JavaMail loop, one reused connection, same sink, same message shape ==");
        System.out.printf("with TCP_NODELAY (the baseline): %d messages in %.1f s: %.0f messages/s, p99 %.2f ms%n",
                baseline.messages(), baseline.seconds(), baseline.perSecond(), baseline.p99Ms());
        System.out.printf("JavaMail's defaults (Nagle on): %d messages in %.1f s: %.0f messages/s, p99 %.2f ms%n",
                naive.messages(), naive.seconds(), naive.perSecond(), naive.p99Ms());
        System.out.println();
        System.out.printf("target ≥ %.0f messages/s: %s; target ≥ %.0f %% of the baseline: %.0f %% %s%n", TARGET_RATE,
                rateOk ? "PASS" : "FAIL", TARGET_RATIO * 100, ratio * 100, ratioOk ? "PASS" : "FAIL");
        System.out.printf("bench: newsletter subscribers=%d sent=%d messages_per_s=%.0f end_to_end_per_s=%.0f p50_ms=%.2f p99_ms=%.2f "
                        + "peak_rss_mib=%d baseline_per_s=%.0f ratio=%.2f rate_target=%s ratio_target=%s%n",
                SUBSCRIBERS, stats.get("sent").asLong(), sinkRate, SUBSCRIBERS / endToEndSeconds,
                stats.get("sendTimeP50Ms").asDouble(), stats.get("sendTimeP99Ms").asDouble(), peakRssKb / 1024,
                baseline.perSecond(), ratio, rateOk ? "PASS" : "FAIL", ratioOk ? "PASS" : "FAIL");
        return stats.get("sent").asLong() == SUBSCRIBERS ? 0 : 1;
    }

    record Baseline(int messages, double seconds, double perSecond, double p99Ms) {
    }

    /** A plain JavaMail loop: one session, one connection, a new message per recipient with the issue's parts. */
    static Baseline baseline(int port, String html, byte[] pdf, int count, boolean noDelay) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        if (noDelay) {
            properties.put("mail.smtp.socketFactory", new javax.net.SocketFactory() {
                @Override
                public java.net.Socket createSocket() throws IOException {
                    java.net.Socket socket = new java.net.Socket();
                    socket.setTcpNoDelay(true);
                    return socket;
                }

                @Override
                public java.net.Socket createSocket(String host, int p) throws IOException {
                    java.net.Socket socket = new java.net.Socket(host, p);
                    socket.setTcpNoDelay(true);
                    return socket;
                }

                @Override
                public java.net.Socket createSocket(String host, int p, java.net.InetAddress local, int localPort) throws IOException {
                    return createSocket(host, p);
                }

                @Override
                public java.net.Socket createSocket(java.net.InetAddress host, int p) throws IOException {
                    return createSocket(host.getHostAddress(), p);
                }

                @Override
                public java.net.Socket createSocket(java.net.InetAddress host, int p, java.net.InetAddress local, int localPort)
                        throws IOException {
                    return createSocket(host.getHostAddress(), p);
                }
            });
            properties.put("mail.smtp.socketFactory.fallback", "false");
        }
        Session session = Session.getInstance(properties);
        String text = html.replaceAll("<[^>]+>", "");
        long[] times = new long[count];
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 0; i < Math.min(500, count / 10); i++) {
                send(session, transport, i, text, html, pdf);
            }
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                long t0 = System.nanoTime();
                send(session, transport, i, text, html, pdf);
                times[i] = System.nanoTime() - t0;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LatencySample sample = LatencySample.of(times);
            return new Baseline(count, seconds, count / seconds, sample.percentileNanos(99) / 1e6);
        }
    }

    private static void send(Session session, Transport transport, int i, String text, String html, byte[] pdf) throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("newsletter@councilhub.localhost", "千葉県地域IT化推進協議会", "UTF-8"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("reader" + i + "@bench.example", "読者" + i, "UTF-8"));
        message.setSubject("メルマガ「めざせIT力アップ!」 第1号 ベンチマーク号", "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        alternative.addBodyPart(plain);
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, "UTF-8", "html");
        alternative.addBodyPart(rich);
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName("mailmagazine-1.pdf");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }

    private static String issueJson() {
        StringBuilder part1 = new StringBuilder("## ピボットテーブル\\n\\n");
        StringBuilder part2 = new StringBuilder("## 用語\\n\\n");
        for (int i = 1; i <= 12; i++) {
            part1.append("- 手順").append(i).append(": **集計**したい範囲を選び、挿入タブからピボットテーブルを作成します。\\n");
            part2.append("- 用語").append(i).append(": DX（デジタルトランスフォーメーション）とクラウドの基本を解説します。\\n");
        }
        return "{\"subject\": \"Excelのピボットテーブル入門\", \"parts\": ["
                + "{\"heading\": \"第1部 パソコン活用\", \"markdown\": \"" + part1 + "\"},"
                + "{\"heading\": \"第2部 用語・IT動向\", \"markdown\": \"" + part2 + "\"}]}";
    }

    /** Inserts ACTIVE newsletter subscribers as the subscriber package stores them (the import endpoint takes 20,000 rows). */
    static long seed(String mongoUri, int count) {
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> subscribers = client.getDatabase("notification").getCollection("subscribers");
            Date now = new Date();
            List<Document> batch = new ArrayList<>(5000);
            for (int i = 1; i <= count; i++) {
                String email = "reader" + i + "@bench.example";
                batch.add(new Document("_id", UUID.randomUUID().toString()).append("list", "NEWSLETTER").append("email", email)
                        .append("address", email).append("name", "読者" + i).append("organisation", "ベンチ市")
                        .append("department", "情報政策課").append("language", "JA").append("status", "ACTIVE")
                        .append("position", (long) i).append("source", "IMPORT").append("registeredAt", now)
                        .append("confirmedAt", now));
                if (batch.size() == 5000) {
                    subscribers.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                subscribers.insertMany(batch);
            }
            return subscribers.countDocuments();
        }
    }

    private static Process launch(Infrastructure infrastructure, String mongoUri, int port, int smtpPort) throws IOException {
        Path root = Path.of(System.getProperty("councilhub.stack.root", ".."));
        String version = System.getProperty("councilhub.stack.version", "0.1.0-SNAPSHOT");
        Path jar = root.resolve("notification-service").resolve("target").resolve("notification-service-" + version + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no runnable jar at " + jar.toAbsolutePath());
        }
        Path logs = Path.of("target", "stack-logs");
        Files.createDirectories(logs);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + SERVICE_HEAP, "-Djava.io.tmpdir=" + Path.of("target", "tmp").toAbsolutePath(),
                "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("notification-service-bench.log").toFile());
        var env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("MONGODB_URI", mongoUri);
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.bootstrapServers());
        env.put("JWT_PUBLIC_KEY_LOCATION", TestTokens.publicKeyLocation());
        env.put("JWT_ISSUER", TestTokens.ISSUER);
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", String.valueOf(smtpPort));
        env.put("MAIL_MESSAGES_PER_SECOND", String.valueOf(RATE));
        env.put("SPRING_APPLICATION_JSON", "{\"councilhub.delivery.workers\": " + WORKERS + ", \"councilhub.delivery.batch-size\": "
                + BATCH + ", \"councilhub.delivery.sent-writes\": " + SENT_WRITES + ", \"councilhub.delivery.poll-interval\": \"PT0.5S\"}");
        return builder.start();
    }

    private static void awaitHealthy(ApiClient service, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("notification-service exited while starting; see bench/target/stack-logs");
            }
            try {
                if (service.get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("notification-service not ready within 180 s");
    }

    private static void check(ApiClient.Response response, int expected) {
        if (response.status() != expected) {
            throw new IllegalStateException("expected " + expected + ", got " + response);
        }
    }

    static long peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return -1;
    }
}
