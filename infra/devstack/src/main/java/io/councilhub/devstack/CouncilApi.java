package io.councilhub.devstack;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A small JSON-over-HTTP client for the services' APIs with a bearer token. Every call either returns a 2xx
 * response or throws {@link Failure} saying which call failed and what came back.
 */
final class CouncilApi {

    /** A call that did not get the answer it needed; the message names the call, the status and the body. */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** A 2xx answer: status and body. */
    record Reply(int status, String body) {
        Map<String, Object> json() {
            try {
                return JSONObjectUtils.parse(body);
            } catch (ParseException notAnObject) {
                throw new Failure("expected a JSON object but got: " + abbreviate(body));
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String token;

    CouncilApi(String token) {
        this.token = token;
    }

    Reply get(String url) {
        return send("GET", url, null);
    }

    Reply post(String url, Map<String, ?> body) {
        return send("POST", url, body);
    }

    Reply put(String url, Map<String, ?> body) {
        return send("PUT", url, body);
    }

    /**
     * Uploads a file as the {@code file} part of a {@code multipart/form-data} POST, as a browser form does;
     * any answer, 2xx or not, comes back.
     */
    Reply upload(String url, String fileName, String contentType, byte[] file) {
        String boundary = "councilhub-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return call("POST", url, request);
    }

    /** Like {@link #get} but gives back any answer, 2xx or not; for polling. */
    Reply peek(String url) {
        return exchange("GET", url, null);
    }

    private Reply send(String method, String url, Map<String, ?> body) {
        Reply reply = exchange(method, url, body);
        if (reply.status() / 100 != 2) {
            throw new Failure(method + " " + url + " answered " + reply.status() + ": " + abbreviate(reply.body()));
        }
        return reply;
    }

    private Reply exchange(String method, String url, Map<String, ?> body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(body)));
        }
        return call(method, url, request);
    }

    private Reply call(String method, String url, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body());
        } catch (ConnectException refused) {
            throw new Failure(method + " " + url + ": nothing listens there (is the service running?)");
        } catch (HttpTimeoutException slow) {
            throw new Failure(method + " " + url + ": no answer in time");
        } catch (IOException broken) {
            throw new Failure(method + " " + url + ": " + broken);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new Failure(method + " " + url + ": interrupted");
        }
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() > 500 ? flat.substring(0, 500) + "..." : flat.isEmpty() ? "(empty body)" : flat;
    }
}
