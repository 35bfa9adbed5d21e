package io.councilhub.gateway.edge;

import io.councilhub.gateway.GatewayTestTokens;
import io.councilhub.gateway.testing.RawHttp;
import io.councilhub.gateway.testing.StandInService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway refuses a JSON body over 64 KB and an upload (CSV, XLSX, multipart) over 16 MB with 413
 * application/problem+json before membership-service is called; bodies within the limits arrive whole.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestSizeLimitTest {

    static final StandInService membership = StandInService.start();
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int KB = 1024;
    static final int MB = 1024 * 1024;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("MEMBERSHIP_URL", membership::url);
        GatewayTestTokens.configure(registry);
    }

    @AfterAll
    static void stop() {
        membership.close();
    }

    @Test
    void aJsonBodyOver64KbIsRefusedWith413AndNeverReachesTheService() throws Exception {
        int before = membership.calls();

        HttpResponse<String> response = post("/api/members", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(json(64 * KB + 1)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://councilhub.io/problems/payload-too-large");
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).contains("65536");
        assertThat(membership.calls()).isEqualTo(before);
    }

    @Test
    void aChunkedJsonBodyOver64KbIsRefusedBeforeTheServiceToo() throws Exception {
        int before = membership.calls();

        HttpResponse<String> response = post("/api/members", "application/json", chunked(json(70 * KB)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/payload-too-large");
        assertThat(membership.calls()).isEqualTo(before);
    }

    @Test
    void jsonBodiesWithinTheLimitReachTheServiceWhole() throws Exception {
        byte[] body = json(64 * KB);

        HttpResponse<String> declared = post("/api/members", "application/json", HttpRequest.BodyPublishers.ofByteArray(body));
        long declaredArrived = membership.lastBodyBytes();
        HttpResponse<String> streamed = post("/api/members", "application/json", chunked(body));

        assertThat(declared.statusCode()).isEqualTo(200);
        assertThat(declaredArrived).isEqualTo(body.length);
        assertThat(streamed.statusCode()).isEqualTo(200);
        assertThat(membership.lastBodyBytes()).isEqualTo(body.length);
    }

    @Test
    void aTenMegabyteCsvImportPassesAndASeventeenMegabyteOneIsRefusedOnItsHeaders() throws Exception {
        byte[] csv = csv(10 * MB);
        HttpResponse<String> passed = post("/api/members/import?dryRun=true", "text/csv; charset=UTF-8",
                HttpRequest.BodyPublishers.ofByteArray(csv));
        assertThat(passed.statusCode()).isEqualTo(200);
        assertThat(membership.lastBodyBytes()).isEqualTo(csv.length);
        int before = membership.calls();

        // Only the headers are sent: the answer must come without the gateway reading (or forwarding) the body.
        RawHttp.Response refused = RawHttp.send("127.0.0.1", port, "POST", "/api/members/import?dryRun=true", null,
                "Content-Type: text/csv", "Content-Length: " + (17 * MB));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(JSON.readTree(refused.body()).get("detail").asString()).contains(Long.toString(16L * MB));
        assertThat(membership.calls()).isEqualTo(before);
    }

    @Test
    void aMultipartSpreadsheetUploadOfSeveralMegabytesPassesUnparsed() throws Exception {
        String boundary = "councilhub-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roll.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] file = new byte[3 * MB];
        Arrays.fill(file, (byte) 'x');
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = post("/api/members/import?dryRun=true", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(membership.lastBodyBytes()).isEqualTo(body.size());
    }

    @Test
    void aMultipartUploadDeclaringMoreThan16MbIsRefused() {
        int before = membership.calls();

        RawHttp.Response refused = RawHttp.send("127.0.0.1", port, "POST", "/api/members/import", null,
                "Content-Type: multipart/form-data; boundary=x", "Content-Length: " + (16 * MB + 1));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(membership.calls()).isEqualTo(before);
    }

    @Test
    void aChunkedUploadIsCutOffWith413OnceItPassesTheLimit() throws Exception {
        HttpResponse<String> response = post("/api/members/import?dryRun=true", "text/csv", chunked(csv(17 * MB)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("type").asString()).endsWith("/payload-too-large");
        assertThat(membership.lastBodyBytes()).isLessThan(17L * MB);
    }

    private HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).header("Authorization", "Bearer " + GatewayTestTokens.secretariat()).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A body of unknown length, which the client sends chunked. */
    private static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    /** A JSON document of exactly {@code size} bytes. */
    private static byte[] json(int size) {
        String prefix = "{\"name\":\"";
        String suffix = "\"}";
        return (prefix + "x".repeat(size - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** CSV rows of the roll's columns, {@code size} bytes in all. */
    private static byte[] csv(int size) {
        byte[] row = "千葉市,ちばし,市町村,2013-04-01\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = new byte[size];
        for (int i = 0; i < size; i++) {
            csv[i] = row[i % row.length];
        }
        return csv;
    }
}
