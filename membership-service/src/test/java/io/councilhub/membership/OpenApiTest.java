package io.councilhub.membership;

import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@CouncilInfrastructure
class OpenApiTest {

    @LocalServerPort
    int port;

    @Test
    void theApiIsDescribedWithItsBearerSchemeAndProblemAnswers() {
        Response docs = ApiClient.at(port).get("/v3/api-docs");

        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        JsonNode api = docs.json();
        assertThat(api.get("info").get("title").asString()).isEqualTo("councilhub membership-service");
        assertThat(api.get("paths").propertyNames()).contains("/api/members", "/api/members/{id}/withdrawal",
                "/api/applications", "/api/applications/{id}/admission");
        assertThat(api.get("components").get("securitySchemes").get("bearer-jwt").get("scheme").asString())
                .isEqualTo("bearer");
        JsonNode withdrawal = api.get("paths").get("/api/members/{id}/withdrawal").get("post");
        assertThat(withdrawal.get("responses").get("409").get("content").propertyNames())
                .containsExactly("application/problem+json");
        assertThat(api.get("components").get("schemas").get("Problem").get("properties").propertyNames())
                .contains("type", "title", "status", "errors");
        assertThat(ApiClient.at(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
