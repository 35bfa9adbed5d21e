package io.councilhub.gateway.edge;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProxiedHeadersTest {

    @Test
    void aServiceGetsTheCallersHeadersWithoutConnectionLengthAndForwardingHeadersInAnyCase() {
        HttpHeaders sent = new HttpHeaders();
        sent.add("connection", "keep-alive, Upgrade");
        sent.add("UPGRADE", "h2c");
        sent.add("Transfer-Encoding", "chunked");
        sent.add("Content-Length", "12");
        sent.add("te", "trailers");
        sent.add("Trailer", "Expires");
        sent.add("Keep-Alive", "timeout=5");
        sent.add("Proxy-Authorization", "Basic c3B5");
        sent.add("FORWARDED", "for=203.0.113.9");
        sent.add("X-Forwarded-For", "203.0.113.9");
        sent.add("x-forwarded-prefix", "/evil");
        sent.add("Accept", "application/json");
        sent.addAll("Accept-Language", List.of("ja", "en"));
        sent.add("X-Forwardedness", "not a forwarding header");

        HttpHeaders passed = ProxiedHeaders.toService(sent);

        assertThat(passed.headerNames()).containsExactly("Accept", "Accept-Language", "X-Forwardedness");
        assertThat(passed.get("Accept-Language")).containsExactly("ja", "en");
        assertThat(sent.size()).as("the caller's headers are left as they were").isEqualTo(14);
    }

    @Test
    void theCallerGetsTheServicesAnswerWithoutConnectionHeadersOrAnHttp2Status() {
        HttpHeaders answered = new HttpHeaders();
        answered.add(":status", "200");
        answered.add("Connection", "close");
        answered.add("Transfer-Encoding", "chunked");
        answered.add("Proxy-Authenticate", "Basic");
        answered.add("X-Application-Context", "membership");
        answered.add("Content-Type", "application/json");
        answered.add("Content-Length", "2");
        answered.add("Cache-Control", "no-store");
        answered.addAll("Vary", List.of("Origin", "Accept-Language"));

        HttpHeaders passed = ProxiedHeaders.toCaller(answered);

        assertThat(passed.headerNames()).containsExactly("Content-Type", "Content-Length", "Cache-Control", "Vary");
        assertThat(passed.get("Vary")).containsExactly("Origin", "Accept-Language");
    }
}
