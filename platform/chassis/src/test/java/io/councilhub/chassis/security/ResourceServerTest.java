package io.councilhub.chassis.security;

import io.councilhub.chassis.sample.SampleApplication;
import io.councilhub.chassis.test.ApiClient;
import io.councilhub.chassis.test.ApiClient.Response;
import io.councilhub.chassis.test.CouncilInfrastructure;
import io.councilhub.chassis.test.TestTokens;
import io.councilhub.platform.security.HeaderBearerTokenResolver;
import io.councilhub.platform.security.HeaderCharacters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=sample", "sample.consumer.enabled=false", "councilhub.web.max-request-body=2KB"})
@CouncilInfrastructure
class ResourceServerTest {

    private static final String ADMISSION = """
            {"name":"市川市","category":"MUNICIPALITY","admittedOn":"2022-04-01"}""";

    @LocalServerPort
    int port;

    @Autowired
    BearerTokenResolver bearerTokens;

    @Autowired
    FilterChainProxy securityFilters;

    @Test
    void tokensAndHeadersAreCheckedWithoutRegularExpressionsAndAMalformedTokenIs401() {
        assertThat(bearerTokens).isInstanceOf(HeaderBearerTokenResolver.class);
        assertThat(securityFilters).extracting("springSecurityFilterChain").extracting("firewall")
                .isInstanceOf(StrictHttpFirewall.class)
                .extracting("allowedHeaderValues").extracting(check -> check.getClass().getName()).asString()
                .startsWith(HeaderCharacters.class.getName());
        assertThat(ApiClient.at(port).as("two words").get("/api/enrolments/count").status()).isEqualTo(401);
    }

    @Test
    void noTokenIs401() {
        Response response = ApiClient.at(port).get("/api/enrolments/count");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.isProblem()).isTrue();
    }

    @Test
    void aDeclaredPublicPathIsOpenToAnyoneForItsMethodOnly() {
        Response open = ApiClient.at(port).get("/api/public/greeting");
        assertThat(open.status()).as(open.toString()).isEqualTo(200);
        assertThat(open.json().get("greeting").asString()).isEqualTo("ようこそ");
        assertThat(ApiClient.at(port).post("/api/public/greeting", "{}").status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIs401() {
        assertThat(ApiClient.at(port).as(TestTokens.expired()).get("/api/enrolments/count").status()).isEqualTo(401);
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        assertThat(TestTokens.unsigned()).endsWith(".");
        assertThat(ApiClient.at(port).as(TestTokens.unsigned()).get("/api/enrolments/count").status()).isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnotherKeyOrForAnotherAudienceIs401() {
        assertThat(ApiClient.at(port).as(TestTokens.signedByAnotherKey()).get("/api/enrolments/count").status()).isEqualTo(401);
        assertThat(ApiClient.at(port).as(TestTokens.forAnotherAudience()).get("/api/enrolments/count").status()).isEqualTo(401);
    }

    @Test
    void theWrongRoleIs403AndChangesNothing() {
        ApiClient officer = ApiClient.at(port).as(TestTokens.officer());
        long before = officer.get("/api/enrolments/count").json().get("count").asLong();

        Response response = officer.post("/api/enrolments", ADMISSION);

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.isProblem()).isTrue();
        assertThat(officer.get("/api/enrolments/count").json().get("count").asLong()).isEqualTo(before);
    }

    @Test
    void theRightRoleIsAllowed() {
        assertThat(ApiClient.at(port).as(TestTokens.secretariat()).post("/api/enrolments", ADMISSION).status()).isEqualTo(201);
    }

    @Test
    void healthIsOpenForProbes() {
        assertThat(ApiClient.at(port).get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(ApiClient.at(port).get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
