package io.councilhub.gateway.dashboard.newsletters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.councilhub.gateway.dashboard.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for notification-service's newsletter API, with state: drafting, revising,
 * submitting, approving (an approval by a reviewer schedules the issue, as the service does), requesting changes
 * (comment required), scheduling, and delivery figures; the JSON shaped as the service writes it. A reviewer is
 * the token's subject, as the service reads it.
 */
final class NewsletterStandIn implements AutoCloseable {

    static final String PUBLICATION = "mezase-it";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ISSUE = Pattern.compile("/api/newsletters/" + PUBLICATION + "/issues/(\\d+)(?:/([a-z-]+))?");

    record Seen(String method, String path, String body, String subject) {
    }

    private final HttpServer server;
    private final Map<Integer, ObjectNode> issues = new TreeMap<>();
    private final Map<Integer, ObjectNode> deliveries = new ConcurrentHashMap<>();
    private final Set<String> reviewers = ConcurrentHashMap.newKeySet();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    NewsletterStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        reviewers.add(SignedIn.ADMIN);
        backIssue(80, "第80号 パスワードの管理", "2022-03-15T00:00:00Z");
        ObjectNode draft = issue(81, "第81号 情報セキュリティ入門", "DRAFT");
        draft.set("parts", parts("第1部 パソコン活用", "**多要素認証**を使いましょう。", "第2部 用語・IT動向", "- フィッシング\n- ランサムウェア"));
        issues.put(81, draft);
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<Seen> seen(String method, String path) {
        return seen.stream().filter(s -> s.method().equals(method) && s.path().equals(path)).toList();
    }

    synchronized String status(int number) {
        return issues.get(number).path("status").asString();
    }

    synchronized void put(int number, String status) {
        issues.get(number).put("status", status);
    }

    void removeReviewer(String reviewer) {
        reviewers.remove(reviewer);
    }

    void addReviewer(String reviewer) {
        reviewers.add(reviewer);
    }

    /** The delivery figures the service reports for an issue that is sending. */
    synchronized void delivering(int number, long recipients, long sent, long deferred, long failed, long suppressed) {
        issues.get(number).put("status", "SENDING");
        ObjectNode delivery = JSON.createObjectNode();
        delivery.put("issueId", PUBLICATION + "-" + number).put("status", "SENDING").put("recipients", recipients)
                .put("sent", sent).put("deferred", deferred).put("failed", failed).put("suppressed", suppressed)
                .put("pending", recipients - sent - deferred - failed - suppressed).put("unsubscribedSince", 0)
                .put("timedCopies", sent).put("sendTimeP50Ms", 12.0).put("sendTimeP99Ms", 40.0).put("messagesPerSecond", 30.0);
        deliveries.put(number, delivery);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String subject = authorization == null ? null : SignedIn.relayed(authorization).getSubject();
        seen.add(new Seen(method, path, body, subject));
        JsonNode request = body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        if (method.equals("GET") && path.equals("/api/newsletters")) {
            ObjectNode publication = JSON.createObjectNode();
            publication.put("id", PUBLICATION).put("title", "メルマガ「めざせIT力アップ!」").put("subcommitteeId", "sc-dx-literacy")
                    .put("sendTime", "09:00").put("approvalsRequired", 1)
                    .put("archiveUrl", "http://localhost:8080/api/public/newsletters/mezase-it/issues");
            publication.putArray("daysOfMonth").add(1).add(15);
            ArrayNode names = publication.putArray("reviewers");
            reviewers.forEach(names::add);
            reply(exchange, 200, JSON.createArrayNode().add(publication));
            return;
        }
        if (path.equals("/api/newsletters/" + PUBLICATION + "/issues")) {
            if (method.equals("GET")) {
                ArrayNode list = JSON.createArrayNode();
                issues.values().forEach(list::add);
                reply(exchange, 200, list);
            } else if (method.equals("POST")) {
                ObjectNode invalid = invalid(request);
                if (invalid != null) {
                    reply(exchange, 400, invalid);
                    return;
                }
                int number = issues.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
                ObjectNode created = issue(number, request.path("subject").asString(), "DRAFT");
                created.set("parts", request.path("parts"));
                issues.put(number, created);
                reply(exchange, 201, created);
            }
            return;
        }
        Matcher matcher = ISSUE.matcher(path);
        if (!matcher.matches() || !issues.containsKey(Integer.parseInt(matcher.group(1)))) {
            reply(exchange, 404, problem(404, "not-found", "issue not found", null));
            return;
        }
        int number = Integer.parseInt(matcher.group(1));
        ObjectNode issue = issues.get(number);
        String status = issue.path("status").asString();
        String action = matcher.group(2) == null ? "" : matcher.group(2);
        switch (method + " " + action) {
            case "GET " -> reply(exchange, 200, issue);
            case "GET delivery" -> reply(exchange, 200, deliveries.getOrDefault(number, zeroDelivery(number, status)));
            case "PUT " -> {
                if (!status.equals("DRAFT")) {
                    reply(exchange, 409, problem(409, "issue-not-draft", "only a draft can be revised", null));
                } else if (invalid(request) != null) {
                    reply(exchange, 400, invalid(request));
                } else {
                    issue.put("subject", request.path("subject").asString());
                    issue.set("parts", request.path("parts"));
                    reply(exchange, 200, issue);
                }
            }
            case "POST submit" -> transition(exchange, issue, "DRAFT", "IN_REVIEW", true);
            case "POST approve" -> {
                if (!reviewers.contains(subject)) {
                    reply(exchange, 409, problem(409, "not-a-reviewer", "you are not a reviewer of this publication", null));
                } else if (!status.equals("IN_REVIEW")) {
                    reply(exchange, 409, problem(409, "issue-not-in-review", "the issue is not in review", null));
                } else {
                    review(issue, subject, "APPROVED", request.path("comment").asString(null));
                    issue.put("status", "SCHEDULED").put("scheduledAt", "2022-05-15T00:00:00Z");
                    reply(exchange, 200, issue);
                }
            }
            case "POST request-changes" -> {
                String comment = request.path("comment").asString("");
                if (comment.isBlank()) {
                    reply(exchange, 400, problem(400, "invalid-request", "comment: say what should change", "comment"));
                } else if (!reviewers.contains(subject)) {
                    reply(exchange, 409, problem(409, "not-a-reviewer", "you are not a reviewer of this publication", null));
                } else {
                    review(issue, subject, "CHANGES_REQUESTED", comment);
                    issue.put("status", "DRAFT");
                    reply(exchange, 200, issue);
                }
            }
            case "POST schedule" -> {
                if (!Set.of("APPROVED", "SCHEDULED", "PAUSED").contains(status)) {
                    reply(exchange, 409, problem(409, "issue-not-approved", "only an approved issue can be scheduled", null));
                } else {
                    issue.put("status", "SCHEDULED").put("scheduledAt", java.time.OffsetDateTime.parse(request.path("at").asString())
                            .toInstant().toString());
                    reply(exchange, 200, issue);
                }
            }
            case "POST pause" -> transition(exchange, issue, "SENDING", "PAUSED", false);
            default -> reply(exchange, 404, problem(404, "not-found", "no such action", null));
        }
    }

    private void transition(HttpExchange exchange, ObjectNode issue, String from, String to, boolean newRound) throws IOException {
        if (!issue.path("status").asString().equals(from)) {
            reply(exchange, 409, problem(409, "wrong-status", "the issue is " + issue.path("status").asString(), null));
            return;
        }
        issue.put("status", to);
        if (newRound) {
            issue.put("reviewRound", issue.path("reviewRound").asInt() + 1);
        }
        reply(exchange, 200, issue);
    }

    private static ObjectNode invalid(JsonNode request) {
        if (request.path("subject").asString("").isBlank()) {
            return problem(400, "invalid-request", "subject: must not be blank", "subject");
        }
        JsonNode parts = request.path("parts");
        if (!parts.isArray() || parts.isEmpty()) {
            return problem(400, "invalid-request", "parts: must not be empty", "parts");
        }
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).path("markdown").asString("").isBlank()) {
                return problem(400, "invalid-request", "parts[" + i + "].markdown: must not be blank", "parts[" + i + "].markdown");
            }
        }
        return null;
    }

    private static void review(ObjectNode issue, String reviewer, String verdict, String comment) {
        ObjectNode review = ((ArrayNode) issue.get("reviews")).addObject();
        review.put("reviewer", reviewer).put("verdict", verdict).put("comment", comment).put("at", "2022-05-10T01:00:00Z");
    }

    private void backIssue(int number, String subject, String sentAt) {
        ObjectNode sent = issue(number, subject, "SENT");
        sent.set("parts", parts("第1部 パソコン活用", "パスワードは使い回さない。", "第2部 用語・IT動向", "パスワードマネージャー"));
        sent.put("sentAt", sentAt).put("imported", true);
        sent.putObject("delivered").put("recipients", 0).put("sent", 0).put("failed", 0).put("suppressed", 0);
        issues.put(number, sent);
    }

    private static ObjectNode issue(int number, String subject, String status) {
        ObjectNode issue = JSON.createObjectNode();
        issue.put("id", PUBLICATION + "-" + number).put("publicationId", PUBLICATION).put("number", number)
                .put("subject", subject).put("status", status).put("reviewRound", 0).put("imported", false)
                .put("webUrl", "http://localhost:8080/api/public/newsletters/mezase-it/issues/" + number);
        issue.putNull("scheduledAt");
        issue.putNull("sentAt");
        issue.putNull("delivered");
        issue.putArray("reviews");
        issue.putArray("parts");
        return issue;
    }

    private static ArrayNode parts(String heading1, String markdown1, String heading2, String markdown2) {
        ArrayNode parts = JSON.createArrayNode();
        parts.addObject().put("heading", heading1).put("markdown", markdown1);
        parts.addObject().put("heading", heading2).put("markdown", markdown2);
        return parts;
    }

    private static ObjectNode zeroDelivery(int number, String status) {
        ObjectNode delivery = JSON.createObjectNode();
        delivery.put("issueId", PUBLICATION + "-" + number).put("status", status).put("recipients", 0).put("sent", 0)
                .put("deferred", 0).put("failed", 0).put("suppressed", 0).put("pending", 0).put("unsubscribedSince", 0)
                .put("timedCopies", 0).put("sendTimeP50Ms", 0.0).put("sendTimeP99Ms", 0.0).put("messagesPerSecond", 0.0);
        return delivery;
    }

    private static ObjectNode problem(int status, String type, String detail, String field) {
        ObjectNode problem = JSON.createObjectNode();
        problem.put("type", "https://councilhub.io/problems/" + type).put("title", "problem").put("status", status)
                .put("detail", detail);
        if (status == 409) {
            problem.put("rule", type);
        }
        if (field != null) {
            problem.putArray("errors").addObject().put("field", field).put("message", detail.substring(detail.indexOf(':') + 2));
        }
        return problem;
    }

    private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
