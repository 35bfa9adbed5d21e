package io.councilhub.chassis.web;

import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=sample", "sample.consumer.enabled=false", "councilhub.web.max-request-body=2KB"})
@CouncilInfrastructure
class ProblemDetailsTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = ApiClient.at(port).as(TestTokens.secretariat());
    }

    @Test
    void aValidRequestIsAccepted() {
        Response created = api.post("/api/enrolments", """
                {"name":"市川市","category":"MUNICIPALITY","admittedOn":"2022-04-01"}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.get("/api/enrolments/" + created.json().get("id").asString()).status()).isEqualTo(200);
    }

    @Test
    void aValidationFailureNamesEachFieldAndChangesNothing() {
        long before = count();
        Response response = api.post("/api/enrolments", """
                {"name":"","admittedOn":"2022-04-01","feeYen":-1}""");

        assertProblem(response, 400, "invalid-request");
        assertThat(fields(response)).containsExactlyInAnyOrder("name", "category", "feeYen");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void anUnknownIdIsA404Problem() {
        Response response = api.get("/api/enrolments/no-such-id");
        assertProblem(response, 404, "not-found");
        assertThat(response.json().get("detail").asString()).contains("no-such-id");
    }

    @Test
    void malformedJsonIsA400Problem() {
        long before = count();
        Response response = api.post("/api/enrolments", "{\"name\": \"市川市\", ");
        assertProblem(response, 400, "malformed-json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aWrongTypeNamesTheField() {
        Response response = api.post("/api/enrolments", """
                {"name":"市川市","category":"MUNICIPALITY","admittedOn":"2022-04-01","feeYen":"lots"}""");
        assertProblem(response, 400, "invalid-request");
        assertThat(fields(response)).containsExactly("feeYen");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");

        long before = count();
        Response fraction = api.post("/api/enrolments", """
                {"name":"市川市","category":"MUNICIPALITY","admittedOn":"2022-04-01","feeYen":8100.5}""");
        assertProblem(fraction, 400, "invalid-request");
        assertThat(fields(fraction)).containsExactly("feeYen");
        assertThat(fraction.json().get("errors").get(0).get("message").asString()).isEqualTo("must be a whole number");
        assertThat(count()).isEqualTo(before);

        Response badDate = api.post("/api/enrolments", """
                {"name":"市川市","category":"MUNICIPALITY","admittedOn":"R4.4.1"}""");
        assertProblem(badDate, 400, "invalid-request");
        assertThat(fields(badDate)).containsExactly("admittedOn");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        long before = count();
        Response response = api.post("/api/enrolments", """
                {"name":"市川市","category":"CITY","admittedOn":"2022-04-01"}""");
        assertProblem(response, 400, "invalid-request");
        assertThat(fields(response)).containsExactly("category");
        assertThat(response.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of PREFECTURE, MUNICIPALITY, COMPANY, ACADEMIA, ORGANIZATION");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndChangesNothing() {
        long before = count();
        Response response = api.post("/api/enrolments", """
                {"name":"%s","category":"MUNICIPALITY","admittedOn":"2022-04-01"}""".formatted("市".repeat(3000)));
        assertProblem(response, 413, "payload-too-large");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aRuleViolationIsA409NamingTheRule() {
        Response response = api.post("/api/enrolments", """
                {"name":"conflict","category":"MUNICIPALITY","admittedOn":"2022-04-01"}""");
        assertProblem(response, 409, "sample-conflict");
        assertThat(response.json().get("rule").asString()).isEqualTo("sample-conflict");
    }

    private long count() {
        return api.get("/api/enrolments/count").json().get("count").asLong();
    }

    private static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asString()).isEqualTo("https://councilhub.io/problems/" + type);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }
}
